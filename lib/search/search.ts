// Full-text search over the catalog: FTS5 (search_index) ranked with bm25, titles and chapter titles
// weighted above description text, hits grouped by episode with the matching chapters as moments, and
// misspelt words corrected from the catalog's own vocabulary. The statements are in ./sql.ts.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { episodePath } from "@/lib/site/routes";
import { MARK_OPEN, toHighlighted } from "./highlight";
import { SEARCH_MAX_LIMIT, SEARCH_PAGE_SIZE } from "./params";
import { formatQuery, parseQuery, toMatchExpression, type ParsedQuery } from "./query-text";
import {
  catalogStateOf,
  episodesById,
  marksOf,
  rankPage,
  showIdOf,
  topicIdOf,
  type Marks,
  type MatchRow,
  type Scope,
  type ShownEpisode,
} from "./sql";
import { correctWord } from "./suggest";
import type { ChapterHit, SearchHit, SearchRequest, SearchResponse } from "./types";

// The site's client (lib/db/client), imported on first use rather than up front: tests and the benchmark
// pass their own client and run outside Next, where that module's "server-only" guard throws.
async function siteClient(): Promise<PrismaClient> {
  return (await import("@/lib/db/client")).db;
}

/**
 * searchCatalog({ query: "tlb" }) -> { total: 1, results: [{ slug: "page-tables", chapters: [{ startSeconds: 1980, … }] }] }
 * Any input is safe: it is parsed into quoted FTS5 terms; nothing the visitor types reaches SQL as syntax.
 */
export async function searchCatalog(request: SearchRequest, client?: PrismaClient): Promise<SearchResponse> {
  const db = client ?? (await siteClient());
  const limit = Math.min(Math.max(1, Math.floor(request.limit ?? SEARCH_PAGE_SIZE)), SEARCH_MAX_LIMIT);
  const page = Math.max(1, Math.floor(request.page ?? 1));
  const [topicId, showId] = await Promise.all([
    request.topic ? topicIdOf(db, request.topic) : null,
    request.show ? showIdOf(db, request.show) : null,
  ]);
  if ((request.topic && topicId === null) || (request.show && showId === null)) {
    return { query: request.query, total: 0, page: 1, pageCount: 1, results: [] };
  }
  const state = await catalogStateOf(db);
  const options = { topicId, showId, sort: request.sort ?? "relevance", state, limit, page };

  let parsed = parseQuery(request.query);
  let outcome = await runSearch(db, parsed, options);
  let suggestion: string | undefined;
  let corrected = false;

  const correctedTerms = parsed.terms.map((term) => correctWord(term, state.vocabulary) ?? term);
  if (correctedTerms.some((term, index) => term !== parsed.terms[index])) {
    const alternative = { ...parsed, terms: correctedTerms };
    suggestion = formatQuery(alternative);
    if (outcome.total === 0) {
      parsed = alternative;
      outcome = await runSearch(db, parsed, options);
      corrected = outcome.total > 0;
    }
  }

  const { match, groups } = outcome;
  const episodes = await episodesById(
    db,
    groups.map((group) => group.episodeId),
  );
  const marks =
    match === null
      ? new Map<number, Marks>()
      : await marksOf(
          db,
          match,
          groups.flatMap((group) => [
            ...(group.episodeRow === null ? [] : [group.episodeRow]),
            ...group.chapters.map((row) => Number(row.rowid)),
          ]),
        );
  return {
    query: formatQuery(parsed),
    total: outcome.total,
    page: outcome.page,
    pageCount: Math.max(1, Math.ceil(outcome.ranked / limit)),
    results: groups.flatMap((group) => {
      const episode = episodes.get(group.episodeId);
      return episode ? [toHit(episode, group, marks)] : [];
    }),
    ...(suggestion ? { suggestion } : {}),
    ...(corrected ? { corrected } : {}),
  };
}

type Grouped = { episodeId: number; score: number; episodeRow: number | null; chapters: MatchRow[] };

type Outcome = { match: string | null; total: number; ranked: number; page: number; groups: Grouped[] };

/** The requested page of results, or the last one when the request is beyond it. */
async function runSearch(
  client: PrismaClient,
  parsed: ParsedQuery,
  options: Omit<Scope, "match"> & { limit: number; page: number },
): Promise<Outcome> {
  const match = toMatchExpression(parsed);
  if (!match) return { match, total: 0, ranked: 0, page: 1, groups: [] };
  const { limit } = options;
  const scope = { ...options, match };
  let page = options.page;
  let ranked = await rankPage(client, scope, { limit, offset: (page - 1) * limit });
  const lastPage = Math.max(1, Math.ceil(ranked.ranked / limit));
  if (page > lastPage) {
    page = lastPage;
    ranked = await rankPage(client, scope, { limit, offset: (page - 1) * limit });
  }
  return { match, total: ranked.total, ranked: ranked.ranked, page, groups: groupByEpisode(ranked.rows) };
}

/** Rows in result order -> one group per episode, in the same order. */
function groupByEpisode(rows: MatchRow[]): Grouped[] {
  const groups = new Map<number, Grouped>();
  for (const row of rows) {
    const episodeId = Number(row.episode_id);
    const group = groups.get(episodeId) ?? { episodeId, score: -row.best, episodeRow: null, chapters: [] };
    if (row.kind === "e") group.episodeRow ??= Number(row.rowid);
    else group.chapters.push(row);
    groups.set(episodeId, group);
  }
  return [...groups.values()];
}

function toHit(episode: ShownEpisode, group: Grouped, marks: Map<number, Marks>): SearchHit {
  const episodeMarks = group.episodeRow === null ? undefined : marks.get(group.episodeRow);
  const snippet = episodeMarks ? episodeSnippet(episodeMarks) : null;
  return {
    show: episode.show,
    slug: episode.slug,
    title: episode.title,
    url: episodePath(episode.show.slug, episode.slug),
    score: Math.round(group.score * 1000) / 1000,
    snippet: snippet ? toHighlighted(snippet) : [{ text: plainStart(episode.description), marked: false }],
    topics: episode.topics,
    publishedAt: episode.publishedAt,
    publishedPrecision: episode.publishedPrecision,
    durationSeconds: episode.durationSeconds,
    youtubeId: episode.youtubeId,
    audioUrl: episode.audioUrl,
    chapters: group.chapters
      .map((row) => toChapterHit(episode, marks.get(Number(row.rowid))))
      .sort((a, b) => a.startSeconds - b.startSeconds),
  };
}

function toChapterHit(episode: Pick<ShownEpisode, "show" | "slug">, marks: Marks | undefined): ChapterHit {
  const startSeconds = Number(marks?.chapter_start ?? 0);
  const title = toHighlighted(marks?.chapter_hl ?? "");
  const body = marks?.body_snip ?? "";
  const titleMatched = title.some((part) => part.marked);
  return {
    startSeconds,
    title,
    snippet: titleMatched || !body.includes(MARK_OPEN) ? null : toHighlighted(body),
    url: episodePath(episode.show.slug, episode.slug, startSeconds),
  };
}

/** The body's best fragment when the words are there, else the title (the variants column never shows). */
function episodeSnippet(marks: Marks): string {
  if (marks.body_snip.includes(MARK_OPEN)) return marks.body_snip;
  if (marks.title_hl.includes(MARK_OPEN)) return marks.title_hl;
  return marks.body_snip;
}

/** The start of a description as plain text, URLs left out, cut at a word near 160 characters. */
function plainStart(description: string): string {
  const text = description
    .replace(/https?:\/\/\S+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > 160 ? `${text.slice(0, text.lastIndexOf(" ", 160))}…` : text;
}
