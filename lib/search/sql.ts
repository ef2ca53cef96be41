// The SQL of search, over the FTS5 table search_index: ranking and counting a page of episodes, their
// highlights and snippets, the shown episodes' rows, the candidates closest to a missing address, and the
// per-catalog state (vocabulary, rowid layout) loaded once per client. Each function is one statement;
// lib/search/search.ts and lib/search/closest.ts put them in order.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { storedPrecision } from "@/lib/catalog/dates";
import type { DatePrecision } from "@/lib/catalog/schema";
import type { ShowRef, TopicLink } from "@/lib/db/shapes";
import { EPISODE_ROWID_STRIDE } from "@/lib/catalog/search-index";
import { MARK_CLOSE, MARK_OPEN } from "./highlight";
import type { SortKey } from "./params";
import { buildVocabulary, type Vocabulary } from "./suggest";

/** bm25 weights per column: title, chapter_title, body, variants. */
const WEIGHTS = Prisma.sql`10.0, 8.0, 1.0, 2.0`;
/**
 * Most matching rows bm25 ranks for one query. A word found in much of a very large catalog ("the",
 * "intro" at 100k episodes) is ranked among its first RANK_WINDOW matching rows in catalog order, and
 * its total is extrapolated from them, so the cost of a query stops growing with the catalog. The real
 * catalog has a few hundred rows in all: there every query is ranked and counted in full.
 */
const RANK_WINDOW = 2000;

/** One matching search_index row: the episode row ("e") or one of its chapters ("c"). */
export type MatchRow = {
  rowid: bigint | number;
  kind: string;
  episode_id: bigint | number;
  /** bm25 of this row (lower is better). */
  score: number;
  /** bm25 of the episode's best row. */
  best: number;
};

/** A row's highlights, matches between MARK_OPEN and MARK_CLOSE. */
export type Marks = {
  chapter_start: bigint | number | null;
  title_hl: string;
  chapter_hl: string;
  body_snip: string;
};

export type CatalogState = {
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
export function catalogStateOf(client: PrismaClient): Promise<CatalogState> {
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

/** The topic's id, or null when no topic has that slug. */
export async function topicIdOf(client: PrismaClient, slug: string): Promise<number | null> {
  const topic = await client.topic.findUnique({ where: { slug }, select: { id: true } });
  return topic?.id ?? null;
}

/** The show's id, or null when no show has that slug. */
export async function showIdOf(client: PrismaClient, slug: string): Promise<number | null> {
  const show = await client.show.findUnique({ where: { slug }, select: { id: true } });
  return show?.id ?? null;
}

export type Scope = {
  /** An FTS5 MATCH expression built by toMatchExpression (never visitor text). */
  match: string;
  topicId: number | null;
  showId: number | null;
  sort: SortKey;
  state: CatalogState;
};

export type RankedPage = {
  /** The page's matching rows, episode by episode in result order, best row first. */
  rows: MatchRow[];
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
export async function rankPage(
  client: PrismaClient,
  scope: Scope,
  page: { limit: number; offset: number },
): Promise<RankedPage> {
  const { episodeOfRow, kindOfRow } = scope.state;
  const topic =
    scope.topicId === null
      ? Prisma.empty
      : Prisma.sql`AND ${episodeOfRow} IN (SELECT "episodeId" FROM "EpisodeTopic" WHERE "topicId" = ${scope.topicId})`;
  // Read through the index on Episode.showId: the show's episode ids, then a set test per matching row.
  const show =
    scope.showId === null
      ? Prisma.empty
      : Prisma.sql`AND ${episodeOfRow} IN (SELECT "id" FROM "Episode" WHERE "showId" = ${scope.showId})`;
  const order =
    scope.sort === "date"
      ? Prisma.sql`(SELECT "publishedAt" FROM "Episode" WHERE "id" = grouped.episode_id) DESC NULLS LAST,`
      : Prisma.empty;
  // One row per hit of the page, each carrying the counts; a single row of counts (hit columns null)
  // when the page is empty.
  type Counted = { [K in keyof MatchRow]: MatchRow[K] | null } & {
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
      WHERE search_index MATCH ${scope.match} ${topic} ${show}
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
  const hits = rows.filter((row): row is typeof row & MatchRow => row.rowid !== null);
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
export async function marksOf(
  client: PrismaClient,
  match: string,
  rowids: number[],
): Promise<Map<number, Marks>> {
  if (rowids.length === 0) return new Map();
  if (!rowids.every(Number.isSafeInteger))
    throw new Error(`search: rowids must be integers: ${rowids.join(", ")}`);
  const rows = await client.$queryRaw<(Marks & { rowid: bigint | number })[]>`
    SELECT rowid, chapter_start,
           highlight(search_index, 0, ${MARK_OPEN}, ${MARK_CLOSE}) AS title_hl,
           highlight(search_index, 1, ${MARK_OPEN}, ${MARK_CLOSE}) AS chapter_hl,
           snippet(search_index, 2, ${MARK_OPEN}, ${MARK_CLOSE}, '…', 18) AS body_snip
    FROM search_index
    WHERE search_index MATCH ${match}
      AND rowid BETWEEN ${Prisma.raw(String(Math.min(...rowids)))} AND ${Prisma.raw(String(Math.max(...rowids)))}
      AND +rowid IN (${Prisma.join(rowids)})`;
  return new Map(rows.map((row) => [Number(row.rowid), row]));
}

export type ShownEpisode = {
  show: ShowRef;
  slug: string;
  title: string;
  description: string;
  publishedAt: Date | null;
  publishedPrecision: DatePrecision | null;
  durationSeconds: number | null;
  youtubeId: string | null;
  audioUrl: string | null;
  /** Best topic first. */
  topics: TopicLink[];
};

type EpisodeRow = Omit<
  ShownEpisode,
  "show" | "publishedAt" | "publishedPrecision" | "durationSeconds" | "topics"
> & {
  id: bigint | number;
  showSlug: string;
  showName: string;
  publishedAt: Date | string | null;
  publishedPrecision: string | null;
  durationSeconds: bigint | number | null;
  /** JSON array of { slug, name }, best topic first. */
  topics: string;
};

const toDate = (value: Date | string | null) =>
  value === null ? null : value instanceof Date ? value : new Date(value);

/** The shown episodes with their topics (best first), by id: one raw query, as it runs on every search. */
export async function episodesById(client: PrismaClient, ids: number[]): Promise<Map<number, ShownEpisode>> {
  if (ids.length === 0) return new Map();
  const episodes = await client.$queryRaw<EpisodeRow[]>`
    SELECT e."id", s."slug" AS "showSlug", s."name" AS "showName",
           e."slug", e."title", e."description", e."publishedAt", e."publishedPrecision", e."durationSeconds",
           e."youtubeId", e."audioUrl",
           (SELECT json_group_array(json_object('slug', ranked."slug", 'name', ranked."name"))
            FROM (SELECT t."slug", t."name" FROM "EpisodeTopic" et JOIN "Topic" t ON t."id" = et."topicId"
                  WHERE et."episodeId" = e."id" ORDER BY et."score" DESC, et."topicId") AS ranked) AS topics
    FROM "Episode" e JOIN "Show" s ON s."id" = e."showId" WHERE e."id" IN (${Prisma.join(ids)})`;
  return new Map(
    episodes.map((episode) => [
      Number(episode.id),
      {
        show: { slug: episode.showSlug, name: episode.showName },
        slug: episode.slug,
        title: episode.title,
        description: episode.description,
        publishedAt: toDate(episode.publishedAt),
        publishedPrecision: storedPrecision(episode.publishedAt, episode.publishedPrecision),
        durationSeconds: episode.durationSeconds === null ? null : Number(episode.durationSeconds),
        youtubeId: episode.youtubeId,
        audioUrl: episode.audioUrl,
        topics: JSON.parse(episode.topics) as TopicLink[],
      },
    ]),
  );
}

/** Matching rows read per word (in catalog order) when gathering an address's closest episodes. */
const CLOSEST_WORD_WINDOW = 500;

/** An episode whose title shares a word (or a corrected spelling of one) with a requested address. */
export type ClosestCandidate = {
  id: bigint | number;
  slug: string;
  title: string;
  showSlug: string;
  showName: string;
};

/**
 * The episodes whose titles have the most of the given words, at most `limit`, in one statement. Each
 * word is a list of spellings (as typed, and corrected), matched as prefixes in the title column only
 * (chapter rows have none, so only episode rows match). Episodes with every word come first, read
 * from the index's own intersection; then those with most words, and of those the rarest: each word's
 * list is read up to CLOSEST_WORD_WINDOW rows, so a word common in a large catalog costs no more than
 * a rare one.
 */
export async function closestCandidates(
  client: PrismaClient,
  state: CatalogState,
  words: string[][],
  limit: number,
): Promise<ClosestCandidate[]> {
  const terms = words
    .map((spellings) => spellings.filter((spelling) => spelling.length > 0))
    .filter((spellings) => spellings.length > 0)
    .map((spellings) => `title : (${spellings.map((spelling) => `${ftsString(spelling)}*`).join(" OR ")})`);
  if (terms.length === 0) return [];
  const { episodeOfRow } = state;
  const window = (match: string, word: number) => Prisma.sql`
    SELECT episode_id, ${word} AS word FROM (
      SELECT ${episodeOfRow} AS episode_id FROM search_index
      WHERE search_index MATCH ${match} ORDER BY rowid LIMIT ${CLOSEST_WORD_WINDOW}
    )`;
  const windows = [
    ...(terms.length > 1 ? [window(terms.join(" AND "), -1)] : []),
    ...terms.map((term, index) => window(term, index)),
  ];
  // A hit of a rare word says more than one of a word in every title: each weighs 1 / its word's hits.
  const rows = await client.$queryRaw<ClosestCandidate[]>`
    WITH hits AS MATERIALIZED (${Prisma.join(windows, " UNION ALL ")}),
    weighted AS MATERIALIZED (
      SELECT episode_id, word, 1.0 / count(*) OVER (PARTITION BY word) AS weight FROM hits
    ),
    best AS MATERIALIZED (
      SELECT episode_id, max(word = -1) AS every, count(DISTINCT word) AS words, sum(weight) AS rarity
      FROM weighted GROUP BY episode_id
      ORDER BY every DESC, words DESC, rarity DESC, episode_id
      LIMIT ${limit}
    )
    SELECT e."id", e."slug", e."title", s."slug" AS "showSlug", s."name" AS "showName"
    FROM best JOIN "Episode" e ON e."id" = best.episode_id JOIN "Show" s ON s."id" = e."showId"
    ORDER BY best.every DESC, best.words DESC, best.rarity DESC, e."id"`;
  return rows;
}

/** A string inside FTS5 double quotes, with quotes doubled: any text is a term, never syntax. */
function ftsString(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
