// Full-text search over the catalog: FTS5 (search_index) ranked with bm25, titles and chapter
// titles weighted above description text, hits grouped by episode with the matching chapters as
// moments. Takes the Prisma client as a parameter so pages, the API and the benchmark share it.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { EPISODE_ROWID_STRIDE } from "./index-rows";
import { formatQuery, parseQuery, toMatchExpression, type ParsedQuery } from "./query-text";
import { buildVocabulary, correctWord, type Vocabulary } from "./suggest";

export type Highlighted = { text: string; marked: boolean }[];

export type ChapterHit = {
  startSeconds: number;
  title: Highlighted;
  snippet: Highlighted | null;
  url: string;
};

export type SearchHit = {
  slug: string;
  title: string;
  url: string;
  /** Higher is better (negated bm25 of the best row). */
  score: number;
  snippet: Highlighted;
  topics: { slug: string; name: string }[];
  publishedAt: Date | null;
  durationSeconds: number | null;
  youtubeId: string | null;
  chapters: ChapterHit[];
};

export type SearchRequest = {
  query: string;
  topic?: string | null;
  sort?: "relevance" | "date";
  limit?: number;
  page?: number;
};

export type SearchResponse = {
  /** The query as understood (normalised), or the corrected one when `corrected` is set. */
  query: string;
  total: number;
  page: number;
  pageCount: number;
  results: SearchHit[];
  /** A spelling the catalog knows, when some words of the query matched nothing. */
  suggestion?: string;
  /** True when the results are for `suggestion` because the query as typed found nothing. */
  corrected?: boolean;
};

/** bm25 weights per column: title, chapter_title, body, variants. */
const WEIGHTS = Prisma.sql`10.0, 8.0, 1.0, 2.0`;
/** Rows ranked per query before grouping by episode: enough for the first pages of results. */
const ROW_LIMIT = 400;
/**
 * Most matching rows bm25 ranks for one query. A word found in most of a very large catalog ("the",
 * "intro" at 100k episodes) is ranked among its first RANK_WINDOW matching rows in catalog order, and
 * its total is extrapolated from them: ranking every match costs ~1 µs a row. The real catalog has a
 * few hundred rows in all, so there every query is ranked and counted in full.
 */
const RANK_WINDOW = 5000;
const OPEN = "\u0001";
const CLOSE = "\u0002";

type Row = {
  rowid: bigint | number;
  kind: string;
  episode_id: bigint | number;
  chapter_start: bigint | number | null;
  score: number;
};

type Marks = { title_hl: string; chapter_hl: string; body_snip: string };

/** "a \u0001b\u0002 c" -> [{ text: "a ", marked: false }, { text: "b", marked: true }, { text: " c", … }] */
export function toHighlighted(value: string): Highlighted {
  const parts: Highlighted = [];
  let marked = false;
  for (const piece of value.split(/([\u0001\u0002])/)) {
    if (piece === OPEN) marked = true;
    else if (piece === CLOSE) marked = false;
    else if (piece) parts.push({ text: piece, marked });
  }
  return parts;
}

/** Highlighted text as HTML: data escaped, matches in <mark>. For the JSON API's "snippet" fields. */
export function toMarkedHtml(value: Highlighted): string {
  const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  return value
    .map((part) => (part.marked ? `<mark>${escape(part.text)}</mark>` : escape(part.text)))
    .join("");
}

type CatalogState = {
  hash: string;
  vocabulary: Vocabulary;
  episodeCount: number;
  /** SQL for a search_index row's episode id: from the rowid when the import encoded it there. */
  episodeOfRow: Prisma.Sql;
};

const catalogStates = new WeakMap<object, CatalogState>();

/** The catalog's vocabulary and index layout, loaded once per client and catalog (the import changes the hash). */
async function catalogStateOf(client: PrismaClient): Promise<CatalogState> {
  const info = await client.catalogInfo.findFirst({ select: { inputHash: true, episodeCount: true } });
  const hash = info?.inputHash ?? "";
  const cached = catalogStates.get(client);
  if (cached && cached.hash === hash) return cached;
  const vocabulary = buildVocabulary(
    await client.searchTerm.findMany({ select: { term: true, frequency: true } }),
  );
  // A file imported before rowids carried the episode (rowids 1, 2, 3, …) still searches correctly, only slower.
  const [first] = await client.$queryRaw<{ rowid: bigint | number; episode_id: bigint | number }[]>`
    SELECT rowid, episode_id FROM search_index ORDER BY rowid LIMIT 1`;
  const encoded = !first || Math.floor(Number(first.rowid) / EPISODE_ROWID_STRIDE) === Number(first.episode_id);
  const episodeOfRow = Prisma.raw(encoded ? `(rowid / ${EPISODE_ROWID_STRIDE})` : "episode_id");
  const state = { hash, vocabulary, episodeCount: info?.episodeCount ?? 0, episodeOfRow };
  catalogStates.set(client, state);
  return state;
}

type Scope = { match: string; topicId: number | null; state: CatalogState };

/** The MATCH condition plus the topic filter and, for very common words, the ranking window. */
function whereClause(scope: Scope, windowEnd: number | null = null): Prisma.Sql {
  const topic =
    scope.topicId === null
      ? Prisma.empty
      : Prisma.sql`AND ${scope.state.episodeOfRow} IN (SELECT "episodeId" FROM "EpisodeTopic" WHERE "topicId" = ${scope.topicId})`;
  const window = windowEnd === null ? Prisma.empty : Prisma.sql`AND rowid < ${windowEnd}`;
  return Prisma.sql`search_index MATCH ${scope.match} ${topic} ${window}`;
}

/** The rowid just past the first RANK_WINDOW matching rows, or null when there are no more than that. */
async function rankWindowEnd(client: PrismaClient, scope: Scope): Promise<number | null> {
  const [row] = await client.$queryRaw<{ rowid: bigint | number }[]>`
    SELECT rowid FROM search_index WHERE ${whereClause(scope)}
    ORDER BY rowid LIMIT 1 OFFSET ${RANK_WINDOW}`;
  return row ? Number(row.rowid) : null;
}

async function rankedRows(client: PrismaClient, scope: Scope, windowEnd: number | null): Promise<Row[]> {
  // Highlights and snippets are left for the rows of the page shown (see marksOf).
  return client.$queryRaw<Row[]>`
    SELECT rowid, kind, episode_id, chapter_start, bm25(search_index, ${WEIGHTS}) AS score
    FROM search_index
    WHERE ${whereClause(scope, windowEnd)}
    ORDER BY score
    LIMIT ${ROW_LIMIT}`;
}

async function countEpisodes(client: PrismaClient, scope: Scope, windowEnd: number | null): Promise<number> {
  const episode = scope.state.episodeOfRow;
  const [row] = await client.$queryRaw<{ total: bigint | number; last: bigint | number | null }[]>`
    SELECT count(DISTINCT ${episode}) AS total, max(${episode}) AS last FROM search_index
    WHERE ${whereClause(scope, windowEnd)}`;
  const counted = Number(row?.total ?? 0);
  if (windowEnd === null) return counted;
  // The window covers episodes 1..last in catalog order: scale its count to the whole catalog.
  const last = Number(row?.last ?? 0);
  return last > 0 ? Math.max(counted, Math.round((counted * scope.state.episodeCount) / last)) : counted;
}

/** Highlighted title, chapter title and body snippet of the given rows, by rowid. */
async function marksOf(client: PrismaClient, match: string, rowids: number[]): Promise<Map<number, Marks>> {
  if (rowids.length === 0) return new Map();
  const rows = await client.$queryRaw<(Marks & { rowid: bigint | number })[]>`
    SELECT rowid,
           highlight(search_index, 0, ${OPEN}, ${CLOSE}) AS title_hl,
           highlight(search_index, 1, ${OPEN}, ${CLOSE}) AS chapter_hl,
           snippet(search_index, 2, ${OPEN}, ${CLOSE}, '…', 18) AS body_snip
    FROM search_index
    WHERE search_index MATCH ${match} AND rowid IN (${Prisma.join(rowids)})`;
  return new Map(rows.map((row) => [Number(row.rowid), row]));
}

type Grouped = { episodeId: number; score: number; episodeRow: number | null; chapters: Row[] };

/** The body's best fragment when the words are there, else the title (the variants column never shows). */
function episodeSnippet(marks: Marks): string {
  if (marks.body_snip.includes(OPEN)) return marks.body_snip;
  if (marks.title_hl.includes(OPEN)) return marks.title_hl;
  return marks.body_snip;
}

function groupByEpisode(rows: Row[]): Grouped[] {
  const groups = new Map<number, Grouped>();
  for (const row of rows) {
    const episodeId = Number(row.episode_id);
    const group = groups.get(episodeId) ?? {
      episodeId,
      score: -row.score,
      episodeRow: null,
      chapters: [],
    };
    group.score = Math.max(group.score, -row.score);
    if (row.kind === "e") group.episodeRow ??= Number(row.rowid);
    else group.chapters.push(row);
    groups.set(episodeId, group);
  }
  return [...groups.values()];
}

async function runSearch(client: PrismaClient, parsed: ParsedQuery, topicId: number | null, state: CatalogState) {
  const match = toMatchExpression(parsed);
  if (!match) return { match, total: 0, groups: [] as Grouped[] };
  const scope = { match, topicId, state };
  const windowEnd = await rankWindowEnd(client, scope);
  const [rows, total] = await Promise.all([
    rankedRows(client, scope, windowEnd),
    countEpisodes(client, scope, windowEnd),
  ]);
  return { match, total, groups: groupByEpisode(rows) };
}

type EpisodeRow = {
  id: bigint | number;
  slug: string;
  title: string;
  description: string;
  publishedAt: Date | string | null;
  durationSeconds: bigint | number | null;
  youtubeId: string | null;
};

const toDate = (value: Date | string | null) =>
  value === null ? null : value instanceof Date ? value : new Date(value);

/** Publication dates of the episodes, for sorting by date (only the page's episodes need more). */
async function publishedDates(client: PrismaClient, ids: number[]): Promise<Map<number, Date | null>> {
  if (ids.length === 0) return new Map();
  const rows = await client.$queryRaw<{ id: bigint | number; publishedAt: Date | string | null }[]>`
    SELECT "id", "publishedAt" FROM "Episode" WHERE "id" IN (${Prisma.join(ids)})`;
  return new Map(rows.map((row) => [Number(row.id), toDate(row.publishedAt)]));
}

/** The shown episodes with their topics (best first), by id; raw SQL because this runs on every search. */
async function episodesById(client: PrismaClient, ids: number[]) {
  if (ids.length === 0) return new Map();
  const idList = Prisma.join(ids);
  const episodes = await client.$queryRaw<EpisodeRow[]>`
    SELECT "id", "slug", "title", "description", "publishedAt", "durationSeconds", "youtubeId"
    FROM "Episode" WHERE "id" IN (${idList})`;
  const topics = await client.$queryRaw<{ episodeId: bigint | number; slug: string; name: string }[]>`
    SELECT et."episodeId", t."slug", t."name"
    FROM "EpisodeTopic" et JOIN "Topic" t ON t."id" = et."topicId"
    WHERE et."episodeId" IN (${idList})
    ORDER BY et."episodeId", et."score" DESC, et."topicId"`;
  const topicsOf = new Map<number, { slug: string; name: string }[]>();
  for (const topic of topics) {
    const id = Number(topic.episodeId);
    topicsOf.set(id, [...(topicsOf.get(id) ?? []), { slug: topic.slug, name: topic.name }]);
  }
  return new Map(
    episodes.map((episode) => {
      const id = Number(episode.id);
      return [
        id,
        {
          slug: episode.slug,
          title: episode.title,
          description: episode.description,
          publishedAt: toDate(episode.publishedAt),
          durationSeconds: episode.durationSeconds === null ? null : Number(episode.durationSeconds),
          youtubeId: episode.youtubeId,
          topics: topicsOf.get(id) ?? [],
        },
      ];
    }),
  );
}

/**
 * searchCatalog(db, { query: "tlb" }) -> { total: 1, results: [{ slug: "page-tables", chapters: [{ startSeconds: 1980, … }] }] }
 * Any input is safe: it is parsed into quoted FTS5 terms; nothing the visitor types reaches SQL as syntax.
 */
export async function searchCatalog(client: PrismaClient, request: SearchRequest): Promise<SearchResponse> {
  const limit = Math.min(Math.max(1, Math.floor(request.limit ?? 20)), 50);
  const page = Math.max(1, Math.floor(request.page ?? 1));
  const sort = request.sort ?? "relevance";
  const topic = request.topic
    ? await client.topic.findUnique({ where: { slug: request.topic }, select: { id: true } })
    : null;
  if (request.topic && !topic) return { query: request.query, total: 0, page: 1, pageCount: 1, results: [] };
  const topicId = topic?.id ?? null;
  const state = await catalogStateOf(client);

  let parsed = parseQuery(request.query);
  let { match, total, groups } = await runSearch(client, parsed, topicId, state);
  let suggestion: string | undefined;
  let corrected = false;

  const correctedTerms = parsed.terms.map((term) => correctWord(term, state.vocabulary) ?? term);
  if (correctedTerms.some((term, index) => term !== parsed.terms[index])) {
    const alternative = { ...parsed, terms: correctedTerms };
    suggestion = formatQuery(alternative);
    if (total === 0) {
      parsed = alternative;
      ({ match, total, groups } = await runSearch(client, parsed, topicId, state));
      corrected = total > 0;
    }
  }

  let ordered = groups;
  if (sort === "date") {
    const dates = await publishedDates(client, groups.map((group) => group.episodeId));
    const time = (group: Grouped) => dates.get(group.episodeId)?.getTime() ?? -Infinity;
    ordered = [...groups].sort((a, b) => time(b) - time(a) || b.score - a.score || a.episodeId - b.episodeId);
  } else {
    ordered = [...groups].sort((a, b) => b.score - a.score || a.episodeId - b.episodeId);
  }
  const pageCount = Math.max(1, Math.ceil(Math.min(total, groups.length) / limit));
  const current = Math.min(page, pageCount);
  const shown = ordered.slice((current - 1) * limit, current * limit);
  const byId = await episodesById(client, shown.map((group) => group.episodeId));
  const marks =
    match === null
      ? new Map<number, Marks>()
      : await marksOf(
          client,
          match,
          shown.flatMap((group) => [
            ...(group.episodeRow === null ? [] : [group.episodeRow]),
            ...group.chapters.map((row) => Number(row.rowid)),
          ]),
        );
  const results = shown.flatMap((group): SearchHit[] => {
    const episode = byId.get(group.episodeId);
    if (!episode) return [];
    const url = `/episodes/${episode.slug}`;
    const episodeMarks = group.episodeRow === null ? undefined : marks.get(group.episodeRow);
    const snippet = episodeMarks ? episodeSnippet(episodeMarks) : null;
    return [
      {
        slug: episode.slug,
        title: episode.title,
        url,
        score: Math.round(group.score * 1000) / 1000,
        snippet: snippet
          ? toHighlighted(snippet)
          : [{ text: plainStart(episode.description), marked: false }],
        topics: episode.topics,
        publishedAt: episode.publishedAt,
        durationSeconds: episode.durationSeconds,
        youtubeId: episode.youtubeId,
        chapters: group.chapters
          .map((row) => {
            const startSeconds = Number(row.chapter_start ?? 0);
            const rowMarks = marks.get(Number(row.rowid)) ?? { title_hl: "", chapter_hl: "", body_snip: "" };
            const title = toHighlighted(rowMarks.chapter_hl);
            const titleMatched = title.some((part) => part.marked);
            return {
              startSeconds,
              title,
              snippet:
                titleMatched || !rowMarks.body_snip.includes(OPEN) ? null : toHighlighted(rowMarks.body_snip),
              url: `${url}?t=${startSeconds}`,
            };
          })
          .sort((a, b) => a.startSeconds - b.startSeconds),
      },
    ];
  });
  return {
    query: formatQuery(parsed),
    total,
    page: current,
    pageCount,
    results,
    ...(suggestion ? { suggestion } : {}),
    ...(corrected ? { corrected } : {}),
  };
}

function plainStart(description: string): string {
  const text = description
    .replace(/https?:\/\/\S+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > 160 ? `${text.slice(0, text.lastIndexOf(" ", 160))}…` : text;
}
