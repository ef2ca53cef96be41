// Full-text search over the catalog: FTS5 (search_index, one row per episode) ranked in tiers (every
// word as typed before longer words and compounds; a title before a description before chapters) and by
// bm25 within a tier, the chapters that hold the words listed under each episode. When no episode has
// every word: the spelling the catalog knows, if that finds any; else episodes with any of the words,
// said so. The statements are in ./sql.ts.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { episodePath } from "@/lib/site/routes";
import { matchingChapters } from "./chapter-marks";
import { MARK_OPEN, toHighlighted } from "./highlight";
import { SEARCH_MAX_LIMIT, SEARCH_PAGE_SIZE } from "./params";
import {
  formatQuery,
  parseQuery,
  partCount,
  planQuery,
  toMatchExpression,
  widens,
  type ParsedQuery,
} from "./query-text";
import {
  catalogStateOf,
  isTitleTier,
  rankPage,
  showIdOf,
  shownEpisodes,
  TIERS,
  topicIdOf,
  type CatalogState,
  type Marks,
  type RankedEpisode,
  type Scope,
  type ShownEpisode,
} from "./sql";
import { correctWord } from "./suggest";
import type { ChapterHit, SearchHit, SearchMatch, SearchRequest, SearchResponse } from "./types";

// The site's client (lib/db/client), imported on first use rather than up front: tests and the benchmark
// pass their own client and run outside Next, where that module's "server-only" guard throws.
async function siteClient(): Promise<PrismaClient> {
  return (await import("@/lib/db/client")).db;
}

/**
 * searchCatalog({ query: "tlb" }) -> { total: 1, match: "all", results: [{ slug: "page-tables", chapters: [{ startSeconds: 1980, … }] }] }
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
    return { query: request.query, total: 0, page: 1, pageCount: 1, results: [], match: "all" };
  }
  const state = await catalogStateOf(db);
  const options = { topicId, showId, sort: request.sort ?? "relevance", state, limit, page };

  const typed = parseQuery(request.query);
  let parsed = typed;
  let match: SearchMatch = "all";
  let outcome = await runSearch(db, parsed, "all", options);
  const correction = outcome.total === 0 ? corrected(typed, state) : null;
  if (correction) {
    const alternative = await runSearch(db, correction, "all", options);
    if (alternative.total > 0) [parsed, outcome] = [correction, alternative];
  }
  // No episode has every word, spelt as typed or as the catalog spells them: those with any of them.
  if (outcome.total === 0 && typed.terms.length + typed.phrases.length > 1) {
    const words = correction ?? typed;
    const anyWord = await runSearch(db, words, "any", options);
    if (anyWord.total > 0) [parsed, outcome, match] = [words, anyWord, "any"];
  }
  const isCorrected = parsed !== typed;

  const episodes =
    outcome.match === null
      ? new Map<number, ShownEpisode>()
      : await shownEpisodes(
          db,
          outcome.match,
          outcome.episodes.map((episode) => episode.id),
        );
  return {
    query: formatQuery(parsed),
    total: outcome.total,
    page: outcome.page,
    pageCount: Math.max(1, Math.ceil(outcome.ranked / limit)),
    results: outcome.episodes.flatMap((ranked) => {
      const episode = episodes.get(ranked.id);
      return episode ? [toHit(episode, ranked)] : [];
    }),
    match,
    ...(isCorrected ? { suggestion: formatQuery(parsed), corrected: true } : {}),
  };
}

/** The query with each word the catalog does not know spelt as it does, or null when none changes. */
function corrected(query: ParsedQuery, state: CatalogState): ParsedQuery | null {
  const terms = query.terms.map((term) => correctWord(term, state.vocabulary) ?? term);
  return terms.some((term, index) => term !== query.terms[index]) ? { ...query, terms } : null;
}

type Outcome = {
  /** The MATCH expression the page was found with, which marks its words; null when nothing is searchable. */
  match: string | null;
  total: number;
  ranked: number;
  page: number;
  episodes: RankedEpisode[];
};

/** The requested page of results, or the last one when the request is beyond it. */
async function runSearch(
  client: PrismaClient,
  parsed: ParsedQuery,
  join: SearchMatch,
  options: Omit<Scope, "words" | "typed" | "split"> & { limit: number; page: number },
): Promise<Outcome> {
  const plan = planQuery(parsed, options.state.vocabulary);
  const words = toMatchExpression(plan, { join });
  if (!words) return { match: null, total: 0, ranked: 0, page: 1, episodes: [] };
  const typed = widens(plan) ? toMatchExpression(plan, { join, exact: true }) : null;
  const { limit } = options;
  const scope = { ...options, words, typed, split: partCount(plan) > 1 };
  let page = options.page;
  let ranked = await rankPage(client, scope, { limit, offset: (page - 1) * limit });
  const lastPage = Math.max(1, Math.ceil(ranked.ranked / limit));
  if (page > lastPage) {
    page = lastPage;
    ranked = await rankPage(client, scope, { limit, offset: (page - 1) * limit });
  }
  return { match: words, total: ranked.total, ranked: ranked.ranked, page, episodes: ranked.episodes };
}

/**
 * A hit's score, higher is better, never higher than an earlier result's: the tiers count down from
 * TIERS.length, and within one a fraction below 1 as rankPage orders it: the shorter title among title
 * hits, else the better bm25 (negative, lower is better).
 */
function hitScore(ranked: RankedEpisode): number {
  const withinTier = isTitleTier(ranked.tier)
    ? 1 / (1 + ranked.titleLength)
    : -ranked.score / (1 - ranked.score);
  return Math.round((TIERS.length - 1 - ranked.tier + withinTier) * 1e6) / 1e6;
}

function toHit(episode: ShownEpisode, ranked: RankedEpisode): SearchHit {
  const snippet = episodeSnippet(episode.marks);
  return {
    show: episode.show,
    slug: episode.slug,
    title: episode.title,
    url: episodePath(episode.show.slug, episode.slug),
    score: hitScore(ranked),
    snippet: snippet ? toHighlighted(snippet) : [{ text: plainStart(episode.description), marked: false }],
    topics: episode.topics,
    publishedAt: episode.publishedAt,
    publishedPrecision: episode.publishedPrecision,
    durationSeconds: episode.durationSeconds,
    youtubeId: episode.youtubeId,
    audioUrl: episode.audioUrl,
    chapters: chapterHits(episode),
  };
}

/** The chapters holding the words, in time order (matchingChapters picks them). */
function chapterHits(episode: ShownEpisode): ChapterHit[] {
  return matchingChapters(episode.marks.chapters_hl).flatMap((chapter) => {
    const startSeconds = episode.chapterStarts[chapter.position];
    if (startSeconds === undefined) return [];
    return [
      {
        startSeconds,
        title: chapter.title,
        snippet: chapter.snippet,
        url: episodePath(episode.show.slug, episode.slug, startSeconds),
      },
    ];
  });
}

/** The description's best fragment when the words are there, else the title, else its start. */
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
