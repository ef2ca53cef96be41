// Full-text search over the catalog: FTS5 (search_index) ranked with bm25, titles and chapter
// titles weighted above description text, hits grouped by episode with the matching chapters as
// moments. Takes the Prisma client as a parameter so pages, the API and the benchmark share it.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { EPISODE_ROWID_STRIDE } from "@/lib/catalog/search-index";
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
/**
 * Most matching rows bm25 ranks for one query. A word found in much of a very large catalog ("the",
 * "intro" at 100k episodes) is ranked among its first RANK_WINDOW matching rows in catalog order, and
 * its total is extrapolated from them, so the cost of a query stops growing with the catalog. The real
 * catalog has a few hundred rows in all: there every query is ranked and counted in full.
 */
const RANK_WINDOW = 2000;
const OPEN = "\u0001";
const CLOSE = "\u0002";

type Row = {
  rowid: bigint | number;
  kind: string;
  episode_id: bigint | number;
  /** bm25 of this row (lower is better). */
  score: number;
  /** bm25 of the episode's best row. */
  best: number;
};

type Marks = {
  chapter_start: bigint | number | null;
  title_hl: string;
  chapter_hl: string;
  body_snip: string;
};

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
  vocabulary: Vocabulary;
  episodeCount: number;
  /** SQL for a search_index row's episode id and kind: from the rowid when the import encoded them there. */
  episodeOfRow: Prisma.Sql;
  kindOfRow: Prisma.Sql;
};

const catalogStates = new WeakMap<object, Promise<CatalogState>>();

/**
 * The catalog's vocabulary and index layout, loaded once per client. A client's SQLite handle never
 * sees another catalog: the import replaces the file by a rename, so an open handle keeps reading the
 * file it opened, and reading a new catalog means a new client.
 */
function catalogStateOf(client: PrismaClient): Promise<CatalogState> {
  // lib/db's `db` is one proxy over successive clients (a re-import opens a new one): key on the client
  // behind it, which it exposes as `$client`.
  const key = (client as PrismaClient & { $client?: PrismaClient }).$client ?? client;
  let state = catalogStates.get(key);
  if (!state) {
    state = loadCatalogState(client);
    catalogStates.set(key, state);
    // A failed load (a broken file, say) is not cached: the next search tries again.
    state.catch(() => catalogStates.delete(key));
  }
  return state;
}

async function loadCatalogState(client: PrismaClient): Promise<CatalogState> {
  const [info] = await client.$queryRaw<{ episodeCount: bigint | number }[]>`
    SELECT "episodeCount" FROM "CatalogInfo" LIMIT 1`;
  const vocabulary = buildVocabulary(
    await client.searchTerm.findMany({ select: { term: true, frequency: true } }),
  );
  // A file imported before rowids carried the episode (rowids 1, 2, 3, …) still searches correctly,
  // reading the stored columns instead, only slower.
  const [first] = await client.$queryRaw<{ rowid: bigint | number; episode_id: bigint | number }[]>`
    SELECT rowid, episode_id FROM search_index ORDER BY rowid LIMIT 1`;
  const encoded =
    !first || Math.floor(Number(first.rowid) / EPISODE_ROWID_STRIDE) === Number(first.episode_id);
  return {
    vocabulary,
    episodeCount: Number(info?.episodeCount ?? 0),
    episodeOfRow: Prisma.raw(encoded ? `(rowid / ${EPISODE_ROWID_STRIDE})` : "episode_id"),
    kindOfRow: Prisma.raw(
      encoded ? `(CASE WHEN rowid % ${EPISODE_ROWID_STRIDE} = 0 THEN 'e' ELSE 'c' END)` : "kind",
    ),
  };
}

type Scope = {
  match: string;
  topicId: number | null;
  sort: "relevance" | "date";
  state: CatalogState;
};

type RankedPage = {
  /** The page's matching rows, episode by episode in result order, best row first. */
  rows: Row[];
  /** Matching episodes (extrapolated when the query matches more than RANK_WINDOW rows). */
  total: number;
  /** Matching episodes that can be paged through: those among the ranked rows. */
  ranked: number;
};

/**
 * One page of episodes with their matching rows, and the counts, in one statement: the matches are
 * read once in catalog (rowid) order up to RANK_WINDOW rows (each MATCH re-reads the term lists, so
 * ranking and counting share it), grouped by episode in SQL, and only the page's rows come back.
 * Highlights and snippets wait for those rows (marksOf).
 */
async function rankPage(
  client: PrismaClient,
  scope: Scope,
  page: { limit: number; offset: number },
): Promise<RankedPage> {
  const { episodeOfRow, kindOfRow } = scope.state;
  const topic =
    scope.topicId === null
      ? Prisma.empty
      : Prisma.sql`AND ${episodeOfRow} IN (SELECT "episodeId" FROM "EpisodeTopic" WHERE "topicId" = ${scope.topicId})`;
  const order =
    scope.sort === "date"
      ? Prisma.sql`(SELECT "publishedAt" FROM "Episode" WHERE "id" = grouped.episode_id) DESC NULLS LAST,`
      : Prisma.empty;
  // One row per hit of the page, each carrying the counts; a single row of counts (hit columns null)
  // when the page is empty.
  type Counted = { [K in keyof Row]: Row[K] | null } & {
    matched: bigint | number;
    episodes: bigint | number;
    last: bigint | number | null;
    position: bigint | number | null;
  };
  const rows = await client.$queryRaw<Counted[]>`
    WITH matches AS MATERIALIZED (
      SELECT rowid AS id, ${episodeOfRow} AS episode_id, ${kindOfRow} AS kind,
             bm25(search_index, ${WEIGHTS}) AS score
      FROM search_index
      WHERE search_index MATCH ${scope.match} ${topic}
      ORDER BY rowid
      LIMIT ${RANK_WINDOW + 1}
    ),
    ranked AS MATERIALIZED (SELECT * FROM matches ORDER BY id LIMIT ${RANK_WINDOW}),
    grouped AS MATERIALIZED (SELECT episode_id, min(score) AS best FROM ranked GROUP BY episode_id),
    shown AS MATERIALIZED (
      SELECT episode_id, best, row_number() OVER (ORDER BY ${order} best, episode_id) AS position
      FROM (SELECT * FROM grouped ORDER BY ${order} best, episode_id LIMIT ${page.limit} OFFSET ${page.offset}) AS grouped
    )
    SELECT (SELECT count(*) FROM matches) AS matched, (SELECT count(*) FROM grouped) AS episodes,
           (SELECT max(episode_id) FROM ranked) AS last,
           hits.id AS rowid, hits.episode_id, hits.kind, hits.score, hits.best, hits.position
    FROM (SELECT 1) LEFT JOIN (
      SELECT ranked.*, shown.best, shown.position FROM ranked JOIN shown ON ranked.episode_id = shown.episode_id
    ) AS hits
    ORDER BY hits.position, hits.score, hits.id`;
  const first = rows[0];
  const episodes = Number(first?.episodes ?? 0);
  const hits = rows.filter((row): row is typeof row & Row => row.rowid !== null);
  if (!first || Number(first.matched) <= RANK_WINDOW || first.last === null) {
    return { rows: hits, total: episodes, ranked: episodes };
  }
  // The window covers episodes 1..last in catalog order: scale its count to the whole catalog.
  const last = Number(first.last);
  const total = Math.max(episodes, Math.round((episodes * scope.state.episodeCount) / last));
  return { rows: hits, total, ranked: episodes };
}

/**
 * Chapter start, highlighted title and chapter title, and body snippet of the given rows, by rowid.
 * One MATCH over the rowid range, filtered with `+rowid IN`: a plain `rowid IN` runs the MATCH once
 * per rowid, re-reading the term lists each time. The range bounds are written into the SQL (they are
 * our integers): bound as parameters, FTS5 scans every match instead of the range (measured 8×).
 */
async function marksOf(client: PrismaClient, match: string, rowids: number[]): Promise<Map<number, Marks>> {
  if (rowids.length === 0) return new Map();
  if (!rowids.every(Number.isSafeInteger))
    throw new Error(`search: rowids must be integers: ${rowids.join(", ")}`);
  const rows = await client.$queryRaw<(Marks & { rowid: bigint | number })[]>`
    SELECT rowid, chapter_start,
           highlight(search_index, 0, ${OPEN}, ${CLOSE}) AS title_hl,
           highlight(search_index, 1, ${OPEN}, ${CLOSE}) AS chapter_hl,
           snippet(search_index, 2, ${OPEN}, ${CLOSE}, '…', 18) AS body_snip
    FROM search_index
    WHERE search_index MATCH ${match}
      AND rowid BETWEEN ${Prisma.raw(String(Math.min(...rowids)))} AND ${Prisma.raw(String(Math.max(...rowids)))}
      AND +rowid IN (${Prisma.join(rowids)})`;
  return new Map(rows.map((row) => [Number(row.rowid), row]));
}

type Grouped = { episodeId: number; score: number; episodeRow: number | null; chapters: Row[] };

/** The body's best fragment when the words are there, else the title (the variants column never shows). */
function episodeSnippet(marks: Marks): string {
  if (marks.body_snip.includes(OPEN)) return marks.body_snip;
  if (marks.title_hl.includes(OPEN)) return marks.title_hl;
  return marks.body_snip;
}

/** Rows in result order -> one group per episode, in the same order. */
function groupByEpisode(rows: Row[]): Grouped[] {
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

type EpisodeRow = {
  id: bigint | number;
  slug: string;
  title: string;
  description: string;
  publishedAt: Date | string | null;
  durationSeconds: bigint | number | null;
  youtubeId: string | null;
  /** JSON array of { slug, name }, best topic first. */
  topics: string;
};

const toDate = (value: Date | string | null) =>
  value === null ? null : value instanceof Date ? value : new Date(value);

/** The shown episodes with their topics (best first), by id: one raw query, as it runs on every search. */
async function episodesById(client: PrismaClient, ids: number[]) {
  if (ids.length === 0) return new Map();
  const episodes = await client.$queryRaw<EpisodeRow[]>`
    SELECT e."id", e."slug", e."title", e."description", e."publishedAt", e."durationSeconds", e."youtubeId",
           (SELECT json_group_array(json_object('slug', ranked."slug", 'name', ranked."name"))
            FROM (SELECT t."slug", t."name" FROM "EpisodeTopic" et JOIN "Topic" t ON t."id" = et."topicId"
                  WHERE et."episodeId" = e."id" ORDER BY et."score" DESC, et."topicId") AS ranked) AS topics
    FROM "Episode" e WHERE e."id" IN (${Prisma.join(ids)})`;
  return new Map(
    episodes.map((episode) => [
      Number(episode.id),
      {
        slug: episode.slug,
        title: episode.title,
        description: episode.description,
        publishedAt: toDate(episode.publishedAt),
        durationSeconds: episode.durationSeconds === null ? null : Number(episode.durationSeconds),
        youtubeId: episode.youtubeId,
        topics: JSON.parse(episode.topics) as { slug: string; name: string }[],
      },
    ]),
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
  const options = { topicId, sort, state, limit, page };

  let parsed = parseQuery(request.query);
  let outcome = await runSearch(client, parsed, options);
  let suggestion: string | undefined;
  let corrected = false;

  const correctedTerms = parsed.terms.map((term) => correctWord(term, state.vocabulary) ?? term);
  if (correctedTerms.some((term, index) => term !== parsed.terms[index])) {
    const alternative = { ...parsed, terms: correctedTerms };
    suggestion = formatQuery(alternative);
    if (outcome.total === 0) {
      parsed = alternative;
      outcome = await runSearch(client, parsed, options);
      corrected = outcome.total > 0;
    }
  }

  const { match, total, groups: shown } = outcome;
  const pageCount = Math.max(1, Math.ceil(outcome.ranked / limit));
  const current = outcome.page;
  const byId = await episodesById(
    client,
    shown.map((group) => group.episodeId),
  );
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
            const rowMarks = marks.get(Number(row.rowid));
            const startSeconds = Number(rowMarks?.chapter_start ?? 0);
            const chapterHl = rowMarks?.chapter_hl ?? "";
            const bodySnip = rowMarks?.body_snip ?? "";
            const title = toHighlighted(chapterHl);
            const titleMatched = title.some((part) => part.marked);
            return {
              startSeconds,
              title,
              snippet: titleMatched || !bodySnip.includes(OPEN) ? null : toHighlighted(bodySnip),
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
