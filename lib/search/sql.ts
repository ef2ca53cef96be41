// The SQL of search, over the FTS5 table search_index (one row per episode, laid out as
// lib/catalog/search-index.ts says): ranking and counting a page of episodes, their highlights and
// snippets, the shown episodes' rows, the candidates closest to a missing address, and the per-catalog
// state (vocabulary) loaded once per client. Each function is one statement; lib/search/search.ts and
// lib/search/closest.ts put them in order.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { storedPrecision } from "@/lib/catalog/dates";
import type { DatePrecision } from "@/lib/catalog/schema";
import { SEARCH_COLUMNS, type SearchColumn } from "@/lib/catalog/search-index";
import type { ShowRef, TopicLink } from "@/lib/db/shapes";
import { MARK_CLOSE, MARK_OPEN } from "./highlight";
import type { SortKey } from "./params";
import { buildVocabulary, type Vocabulary } from "./suggest";

/** bm25 weights of search_index's columns, in their order. */
function weights(byColumn: Partial<Record<SearchColumn, number>>): Prisma.Sql {
  return Prisma.raw(SEARCH_COLUMNS.map((column) => String(byColumn[column] ?? 0)).join(", "));
}

/** How the words found in a column weigh in ranking episodes of the same tier (see rankPage). */
const WEIGHTS = weights({ title: 10, body: 2, chapters: 1, variants: 1 });
/**
 * Where the words are, in the same read as the ranking: bm25 with weights so large that each word found
 * in the weighted columns adds its whole IDF, whatever how often it occurs or the episode's length. The
 * sum over the title equals the sum over all columns (within SATURATED_ERROR) exactly when every word
 * found is in the title. FTS5 gives a word in more than half the catalog an IDF of 1e-6: such a word
 * ("the") counts as found wherever the others are.
 */
const SATURATION = 1e8;
const SATURATED_TITLE = weights({ title: SATURATION });
const SATURATED_OWN_TEXT = weights({ title: SATURATION, body: SATURATION, variants: SATURATION });
const SATURATED_ALL = weights({
  title: SATURATION,
  body: SATURATION,
  chapters: SATURATION,
  variants: SATURATION,
});
/** Above the saturated sums' own error (about the episode's length over SATURATION), below a word's share. */
const SATURATED_ERROR = 1e-5;

/**
 * Most matching episodes ranked for one query. A word found in much of a very large catalog ("the",
 * "intro" at 100k episodes) is ranked among its first RANK_WINDOW matching episodes in catalog order,
 * and its total is extrapolated from them, so the cost of a query stops growing with the catalog. The
 * real catalog has a few hundred episodes: there every query is ranked and counted in full. Ranking costs
 * a few µs per episode of the window (bm25, tiers, title lengths): at 100k episodes the slowest queries of
 * `npm run bench` took 11-13 ms of CPU in searchCatalog with 2000, 8-9.5 ms with 1000 (the 2000 index
 * rows of the earlier layout, episodes and chapters, held about 1500 episodes).
 */
const RANK_WINDOW = 1000;

/**
 * Where the words of a query were found in an episode, best first, as rankPage orders them. Every
 * match has all the words (any of them, for the any-word fallback); the tier says whether all of them
 * as typed (rather than longer words or compounds: "widened") and where: all in the title, all in the
 * episode's own text (title, description, the addresses it cites), or some only in its chapters.
 */
export const TIERS = [
  "title",
  "own text",
  "chapters",
  "title, widened",
  "own text, widened",
  "chapters, widened",
] as const;

/** Whether a tier is one of title hits, ordered by title length. */
export const isTitleTier = (tier: number) => tier % 3 === 0;

/** One ranked episode of a page. */
export type RankedEpisode = {
  id: number;
  /** Index into TIERS. */
  tier: number;
  /** The title's length in characters up to a " | ", which orders title hits (0 in other tiers). */
  titleLength: number;
  /** bm25 over all columns (lower is better), which orders the rest of a tier. */
  score: number;
};

/** A row's highlights, matches between MARK_OPEN and MARK_CLOSE. */
export type Marks = {
  title_hl: string;
  body_snip: string;
  /** The whole chapters column, highlighted: which chapters hold the words. */
  chapters_hl: string;
};

export type CatalogState = {
  vocabulary: Vocabulary;
  episodeCount: number;
};

const catalogStates = new WeakMap<object, Promise<CatalogState>>();

/**
 * The catalog's vocabulary and size, loaded once per client. A client's SQLite handle never sees
 * another catalog: the import replaces the file by a rename, so an open handle keeps reading the file it
 * opened, and reading a new catalog means a new client.
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
  return { vocabulary, episodeCount: Number(info?.episodeCount ?? 0) };
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
  /** The words with all they stand for (longer words, compounds): an FTS5 MATCH expression built by
   * toMatchExpression, never visitor text. */
  words: string;
  /** The words as typed only, when that matches less than `words`; else null. */
  typed: string | null;
  /** Whether the query has several words (or phrases), which may be split between columns. */
  split: boolean;
  topicId: number | null;
  showId: number | null;
  sort: SortKey;
  state: CatalogState;
};

export type RankedPage = {
  /** The page's episodes in result order. */
  episodes: RankedEpisode[];
  /** Matching episodes (extrapolated when the query matches more than RANK_WINDOW). */
  total: number;
  /** Matching episodes that can be paged through: those ranked. */
  ranked: number;
};

/**
 * One page of episodes and the counts, in one statement. The matches are read once in catalog (rowid)
 * order up to RANK_WINDOW episodes and put in tiers (TIERS): first the episodes with every word as
 * typed, then those that needed a longer word or a compound ("postg", "vacuum"); within each, every
 * word in the title first, then in the episode's own text (title, description, the addresses it cites),
 * then the rest, whose words are in chapters. Among title hits the shorter title comes first (the words
 * are more of it: "Kernel level TLS" before "CPU and Kernel Page Faults"), counted up to a " | " that
 * starts a subtitle or the show's name ("Postgres Architecture | The Backend Engineering Show"); bm25
 * over all columns, the title weighing most, orders the rest. The words as typed are read first, without
 * ranking: when they fill the window alone, it holds only them. Highlights and snippets wait for the
 * page (shownEpisodes).
 */
export async function rankPage(
  client: PrismaClient,
  scope: Scope,
  page: { limit: number; offset: number },
): Promise<RankedPage> {
  // `+rowid`: a plain `rowid IN (…)` would run the MATCH once per listed episode.
  const topic =
    scope.topicId === null
      ? Prisma.empty
      : Prisma.sql`AND +rowid IN (SELECT "episodeId" FROM "EpisodeTopic" WHERE "topicId" = ${scope.topicId})`;
  // Read through the index on Episode.showId: the show's episode ids, then a set test per match.
  const show =
    scope.showId === null
      ? Prisma.empty
      : Prisma.sql`AND +rowid IN (SELECT "id" FROM "Episode" WHERE "showId" = ${scope.showId})`;
  const { words, typed } = scope;
  const scored = (match: string, widened: 0 | 1, only: Prisma.Sql) => Prisma.sql`
    SELECT rowid AS id, ${widened} AS widened, bm25(search_index, ${WEIGHTS}) AS score,
           bm25(search_index, ${SATURATED_TITLE}) AS in_title, bm25(search_index, ${SATURATED_OWN_TEXT}) AS in_own,
           bm25(search_index, ${SATURATED_ALL}) AS in_all
    FROM search_index
    WHERE search_index MATCH ${match} ${only} ${topic} ${show}
    ORDER BY rowid
    LIMIT ${RANK_WINDOW + 1}`;
  // The words as typed are read first without ranking (cheap). When they fill the window alone, the
  // widened words could only rank after it: the window is theirs. Else the widened words are read too,
  // and ranked only where the words as typed are not found (bm25 is computed for the rows kept).
  const typedFill = Prisma.sql`(SELECT count(*) FROM typed_matches) > ${RANK_WINDOW}`;
  const matches =
    typed === null
      ? scored(words, 0, Prisma.empty)
      : Prisma.sql`
          SELECT * FROM typed_scored UNION ALL SELECT * FROM widened_scored
          ORDER BY id LIMIT ${RANK_WINDOW + 1}`;
  const typedCtes =
    typed === null
      ? Prisma.empty
      : Prisma.sql`
          typed_matches AS MATERIALIZED (
            SELECT rowid AS id FROM search_index WHERE search_index MATCH ${typed} ${topic} ${show}
            ORDER BY rowid LIMIT ${RANK_WINDOW + 1}
          ),
          typed_scored AS MATERIALIZED (${scored(typed, 0, Prisma.empty)}),
          widened_scored AS MATERIALIZED (
            ${scored(
              words,
              1,
              Prisma.sql`AND rowid <= (CASE WHEN ${typedFill} THEN 0 ELSE ${Number.MAX_SAFE_INTEGER} END)
                         AND +rowid NOT IN (SELECT id FROM typed_matches)`,
            )}
          ),`;
  // Every word in the title (or own text): for one word, found there at all; for several, each word
  // found in the episode found there (its saturated sum there is the sum over all columns).
  const within = (column: string) =>
    scope.split
      ? Prisma.sql`${Prisma.raw(column)} <= in_all * ${1 - SATURATED_ERROR}`
      : Prisma.sql`${Prisma.raw(column)} < 0`;
  // How many episodes of the window's range match all the words, widened ones included: what the
  // total is scaled from.
  const inWindowRange =
    typed === null
      ? Prisma.sql`(SELECT count(*) FROM ranked)`
      : Prisma.sql`(CASE WHEN ${typedFill}
                         THEN (SELECT count(*) FROM search_index WHERE search_index MATCH ${words} ${topic} ${show}
                               AND rowid <= (SELECT max(id) FROM ranked))
                         ELSE (SELECT count(*) FROM ranked) END)`;
  const order =
    scope.sort === "date"
      ? Prisma.sql`(SELECT "publishedAt" FROM "Episode" WHERE "id" = tiered.id) DESC NULLS LAST,`
      : Prisma.empty;
  // One row per episode of the page, each carrying the counts; a single row of counts (episode columns
  // null) when the page is empty.
  type Counted = {
    id: bigint | number | null;
    tier: bigint | number | null;
    title_length: bigint | number | null;
    score: number | null;
  } & {
    matched: bigint | number;
    episodes: bigint | number;
    in_range: bigint | number;
    last: bigint | number | null;
  };
  const rows = await client.$queryRaw<Counted[]>`
    WITH ${typedCtes}
    matches AS MATERIALIZED (${matches}),
    ranked AS MATERIALIZED (SELECT * FROM matches ORDER BY id LIMIT ${RANK_WINDOW}),
    tiered AS MATERIALIZED (
      SELECT id, score, tier,
             (CASE WHEN tier % 3 = 0 THEN (SELECT length(CASE WHEN instr("title", ' | ') > 0
                                                          THEN substr("title", 1, instr("title", ' | ') - 1)
                                                          ELSE "title" END)
                                         FROM "Episode" WHERE "id" = placed.id)
                   ELSE 0 END) AS title_length
      FROM (SELECT id, score,
                   3 * widened + (CASE WHEN ${within("in_title")} THEN 0 WHEN ${within("in_own")} THEN 1 ELSE 2 END) AS tier
            FROM ranked) AS placed
    ),
    shown AS MATERIALIZED (
      SELECT id, tier, title_length, score,
             row_number() OVER (ORDER BY ${order} tier, title_length, score, id) AS position
      FROM (SELECT * FROM tiered ORDER BY ${order} tier, title_length, score, id LIMIT ${page.limit} OFFSET ${page.offset}) AS tiered
    )
    SELECT (SELECT count(*) FROM matches) AS matched, (SELECT count(*) FROM ranked) AS episodes,
           ${inWindowRange} AS in_range, (SELECT max(id) FROM ranked) AS last,
           shown.id, shown.tier, shown.title_length, shown.score
    FROM (SELECT 1) LEFT JOIN shown
    ORDER BY shown.position`;
  const first = rows[0];
  const ranked = Number(first?.episodes ?? 0);
  const episodes = rows.flatMap((row) =>
    row.id === null
      ? []
      : [
          {
            id: Number(row.id),
            tier: Number(row.tier),
            titleLength: Number(row.title_length ?? 0),
            score: row.score ?? 0,
          },
        ],
  );
  if (!first || Number(first.matched) <= RANK_WINDOW || first.last === null) {
    return { episodes, total: ranked, ranked };
  }
  // The window covers episodes 1..last in catalog order: scale its count to the whole catalog.
  const inRange = Number(first.in_range);
  const total = Math.max(ranked, Math.round((inRange * scope.state.episodeCount) / Number(first.last)));
  return { episodes, total, ranked };
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
  /** Where each chapter starts, in the order of the index's chapters column. */
  chapterStarts: number[];
  /** The query's words marked in its title, description and chapters. */
  marks: Marks;
};

type EpisodeRow = Omit<
  ShownEpisode,
  "show" | "publishedAt" | "publishedPrecision" | "durationSeconds" | "topics" | "chapterStarts" | "marks"
> &
  Marks & {
    id: bigint | number;
    showSlug: string;
    showName: string;
    publishedAt: Date | string | null;
    publishedPrecision: string | null;
    durationSeconds: bigint | number | null;
    /** JSON array of { slug, name }, best topic first. */
    topics: string;
    /** JSON array of start seconds, in chapter order. */
    chapterStarts: string;
  };

const toDate = (value: Date | string | null) =>
  value === null ? null : value instanceof Date ? value : new Date(value);

/**
 * The shown episodes (a page: a few dozen at most) with their topics (best first), chapter starts, and
 * the words of `match` marked in their title, description snippet and chapters, by id: one raw query, as
 * it runs on every search. `rowid IN` looks each episode up in the words' lists, which costs less than
 * reading the lists over the range the page spans (measured at 100k episodes: 0.6 ms against 1.5 ms when
 * the page spans the catalog, about the same when it does not). The ids are written into the SQL: they
 * are our integers.
 */
export async function shownEpisodes(
  client: PrismaClient,
  match: string,
  ids: number[],
): Promise<Map<number, ShownEpisode>> {
  if (ids.length === 0) return new Map();
  if (!ids.every(Number.isSafeInteger)) throw new Error(`search: ids must be integers: ${ids.join(", ")}`);
  const column = (name: SearchColumn) => SEARCH_COLUMNS.indexOf(name);
  const episodes = await client.$queryRaw<EpisodeRow[]>`
    WITH marks AS MATERIALIZED (
      SELECT rowid AS id,
             highlight(search_index, ${column("title")}, ${MARK_OPEN}, ${MARK_CLOSE}) AS title_hl,
             snippet(search_index, ${column("body")}, ${MARK_OPEN}, ${MARK_CLOSE}, '…', 18) AS body_snip,
             highlight(search_index, ${column("chapters")}, ${MARK_OPEN}, ${MARK_CLOSE}) AS chapters_hl
      FROM search_index
      WHERE search_index MATCH ${match} AND rowid IN (${Prisma.raw(ids.join(", "))})
    )
    SELECT e."id", s."slug" AS "showSlug", s."name" AS "showName",
           e."slug", e."title", e."description", e."publishedAt", e."publishedPrecision", e."durationSeconds",
           e."youtubeId", e."audioUrl",
           (SELECT json_group_array(json_object('slug', ranked."slug", 'name', ranked."name"))
            FROM (SELECT t."slug", t."name" FROM "EpisodeTopic" et JOIN "Topic" t ON t."id" = et."topicId"
                  WHERE et."episodeId" = e."id" ORDER BY et."score" DESC, et."topicId") AS ranked) AS topics,
           (SELECT json_group_array(chapter."startSeconds")
            FROM (SELECT c."startSeconds" FROM "Chapter" c WHERE c."episodeId" = e."id" ORDER BY c."position")
                 AS chapter) AS "chapterStarts",
           coalesce(marks.title_hl, e."title") AS title_hl, coalesce(marks.body_snip, '') AS body_snip,
           coalesce(marks.chapters_hl, '') AS chapters_hl
    FROM "Episode" e JOIN "Show" s ON s."id" = e."showId" LEFT JOIN marks ON marks.id = e."id"
    WHERE e."id" IN (${Prisma.join(ids)})`;
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
        chapterStarts: JSON.parse(episode.chapterStarts) as number[],
        marks: { title_hl: episode.title_hl, body_snip: episode.body_snip, chapters_hl: episode.chapters_hl },
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
 * word is a list of spellings (as typed, and corrected), matched as prefixes in the title column only.
 * Episodes with every word come first, read from the index's own intersection; then those with most
 * words, and of those the rarest: each word's list is read up to CLOSEST_WORD_WINDOW episodes, so a
 * word common in a large catalog costs no more than a rare one.
 */
export async function closestCandidates(
  client: PrismaClient,
  words: string[][],
  limit: number,
): Promise<ClosestCandidate[]> {
  const terms = words
    .map((spellings) => spellings.filter((spelling) => spelling.length > 0))
    .filter((spellings) => spellings.length > 0)
    .map((spellings) => `title : (${spellings.map((spelling) => `${ftsString(spelling)}*`).join(" OR ")})`);
  if (terms.length === 0) return [];
  const window = (match: string, word: number) => Prisma.sql`
    SELECT episode_id, ${word} AS word FROM (
      SELECT rowid AS episode_id FROM search_index
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
