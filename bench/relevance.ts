// The relevance table of the search benchmark (issue 15): listener queries, each with the episode (and
// chapter) it should find, written by reading the catalog (bench/relevance-queries.json), run through
// searchCatalog on the real catalog and scored as success@3 and MRR. It measures the ranking and
// changes nothing; `npm run bench` stores the report in bench/results.json, this script only prints it.
// The real catalog is imported with the current code into bench/out (reused while current); --db
// measures another catalog file instead (data/catalog.db, say, as the site has it).
// Usage: npm run bench:relevance -- [--db data/catalog.db]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { z } from "zod";
import { formatDuration } from "@/lib/catalog/time";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { projectRoot } from "@/lib/ingest/sources";
import { SEARCH_MAX_LIMIT } from "@/lib/search/params";
import { searchCatalog } from "@/lib/search/search";
import { ensureRealCatalog } from "./catalogs";

export const relevanceQueriesPath = path.join(projectRoot, "bench/relevance-queries.json");

/** A file inside the project relative to it, elsewhere as given. */
function shownPath(file: string): string {
  const relative = path.relative(projectRoot, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

/** A hit counts when it is in the first SUCCESS_RANK results (success@3). */
export const SUCCESS_RANK = 3;

/** Where the words a listener remembers are in the catalog, or "none" when nothing should be found. */
export const relevanceKinds = [
  "title",
  "description",
  "chapter",
  "subpoint",
  /** Words split between the episode (title, description) and one of its chapters. */
  "split",
  "compound",
  "typo",
  "none",
] as const;
export type RelevanceKind = (typeof relevanceKinds)[number];

const startSeconds = z.number().int().nonnegative();

const targetSchema = z.strictObject({
  show: z.string().min(1),
  episode: z.string().min(1),
  /** The chapter that must be listed under the episode, several that must all be, or null: the episode alone. */
  chapter: z.union([startSeconds, z.array(startSeconds).min(1), z.null()]),
});
export type RelevanceTarget = z.infer<typeof targetSchema>;

export const relevanceQuerySchema = z
  .strictObject({
    query: z.string().min(1),
    kind: z.enum(relevanceKinds),
    expect: z.union([z.literal("none"), targetSchema]),
    note: z.string().min(1),
  })
  .refine((entry) => (entry.kind === "none") === (entry.expect === "none"), {
    message: 'kind "none" goes with expect "none", and only with it',
  });
export type RelevanceQuery = z.infer<typeof relevanceQuerySchema>;

const relevanceTableSchema = z
  .array(relevanceQuerySchema)
  .min(1)
  .superRefine((entries, context) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const key = `${entry.query}\n${entry.expect === "none" ? "none" : `${entry.expect.show}/${entry.expect.episode}`}`;
      if (seen.has(key)) context.addIssue({ code: "custom", path: [index], message: "repeated entry" });
      seen.add(key);
    });
  });

/** The table, checked; throws naming the file and each wrong entry. */
export function loadRelevanceQueries(file = relevanceQueriesPath): RelevanceQuery[] {
  const result = relevanceTableSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!result.success) {
    throw new Error(`${shownPath(file)}: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** What scoring reads of a SearchResponse: episodes in result order with their listed chapters. */
export type RankedResults = {
  results: { show: { slug: string }; slug: string; chapters: { startSeconds: number }[] }[];
};

export type RelevanceRow = {
  query: string;
  kind: RelevanceKind;
  expect: RelevanceQuery["expect"];
  /** 1-based rank of the expected episode, null when it is not among the results. */
  rank: number | null;
  /** Whether every expected chapter is listed under the expected episode; null when none is expected. */
  chapterFound: boolean | null;
  /** The chapter starts listed under the expected episode; null when the episode is not in the results. */
  listedChapters: number[] | null;
  /** success@3: the episode in the first three and, when a chapter is expected, that chapter listed. For
   * "none": no result at all. */
  ok: boolean;
  /** 1 / rank of the expected episode (0 when absent); for "none", 1 when nothing was found, else 0. */
  reciprocalRank: number;
  /** Episodes the search found (its total). */
  total: number;
  /** The first three results, "show/episode". */
  top: string[];
};

const expectedChapters = (target: RelevanceTarget): number[] =>
  target.chapter === null ? [] : Array.isArray(target.chapter) ? target.chapter : [target.chapter];

/** describeExpect({ show, episode: "postgres-architecture", chapter: 1446 }) -> "postgres-architecture @ 24:06" */
export function describeExpect(expect: RelevanceQuery["expect"]): string {
  if (expect === "none") return "none";
  const chapters = expectedChapters(expect);
  return chapters.length === 0
    ? expect.episode
    : `${expect.episode} @ ${chapters.map((start) => formatDuration(start)).join(", ")}`;
}

/** One query's figures from its response (a real SearchResponse or a hand-made one). */
export function scoreQuery(
  entry: RelevanceQuery,
  response: RankedResults & { total?: number },
): RelevanceRow {
  const { results } = response;
  const base = {
    query: entry.query,
    kind: entry.kind,
    expect: entry.expect,
    total: response.total ?? results.length,
    top: results.slice(0, SUCCESS_RANK).map((hit) => `${hit.show.slug}/${hit.slug}`),
  };
  const expect = entry.expect;
  if (expect === "none") {
    const ok = results.length === 0;
    return { ...base, rank: null, chapterFound: null, listedChapters: null, ok, reciprocalRank: ok ? 1 : 0 };
  }
  const index = results.findIndex((hit) => hit.show.slug === expect.show && hit.slug === expect.episode);
  const rank = index === -1 ? null : index + 1;
  const listedChapters =
    index === -1 ? null : results[index]!.chapters.map((chapter) => chapter.startSeconds);
  const wanted = expectedChapters(expect);
  const chapterFound =
    wanted.length === 0 ? null : wanted.every((start) => listedChapters?.includes(start) ?? false);
  return {
    ...base,
    rank,
    chapterFound,
    listedChapters,
    ok: rank !== null && rank <= SUCCESS_RANK && chapterFound !== false,
    reciprocalRank: rank === null ? 0 : 1 / rank,
  };
}

export type RelevanceTotals = {
  queries: number;
  successes: number;
  /** Percentage of queries with success@3. */
  successAt3: number;
  /** Mean reciprocal rank over all queries. */
  mrr: number;
  byKind: Partial<Record<RelevanceKind, { queries: number; successes: number }>>;
  /** The entries without success@3: "kernel -> windows-vs-linux-kernel". */
  failing: string[];
};

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** summarizeRelevance(rows with reciprocal ranks 1, 0.5, 0.25, 0 and two successes) -> successAt3 50, mrr 0.438 */
export function summarizeRelevance(rows: RelevanceRow[]): RelevanceTotals {
  const successes = rows.filter((row) => row.ok).length;
  const byKind: RelevanceTotals["byKind"] = {};
  for (const row of rows) {
    const kind = (byKind[row.kind] ??= { queries: 0, successes: 0 });
    kind.queries += 1;
    if (row.ok) kind.successes += 1;
  }
  return {
    queries: rows.length,
    successes,
    successAt3: rows.length === 0 ? 0 : round((100 * successes) / rows.length, 1),
    mrr:
      rows.length === 0 ? 0 : round(rows.reduce((sum, row) => sum + row.reciprocalRank, 0) / rows.length, 3),
    byKind,
    failing: rows.filter((row) => !row.ok).map((row) => `${row.query} -> ${describeExpect(row.expect)}`),
  };
}

export type RelevanceReport = {
  /** Which catalog was measured: the real one as bench/out imports it, or the file --db names. */
  catalog: { file: string; inputHash: string | null; episodes: number; shows: Record<string, number> };
  /** Results asked of searchCatalog per query. */
  limit: number;
  ms: number;
  rows: RelevanceRow[];
  totals: RelevanceTotals;
};

/** A read-only client on a catalog file, as the benchmark reads it. */
export function openCatalog(dbPath: string): PrismaClient {
  if (!existsSync(dbPath)) throw new Error(`${shownPath(dbPath)} does not exist`);
  return new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: `file:${dbPath}`, fileMustExist: true, readonly: true }),
  });
}

/** Runs every query of the table through searchCatalog, one after another, and scores them. */
export async function runRelevance(
  client: PrismaClient,
  dbPath: string,
  entries: RelevanceQuery[] = loadRelevanceQueries(),
): Promise<RelevanceReport> {
  const [info, shows] = await Promise.all([
    client.catalogInfo.findFirst({ select: { inputHash: true } }),
    client.show.findMany({
      select: { slug: true, _count: { select: { episodes: true } } },
      orderBy: { slug: "asc" },
    }),
  ]);
  const started = performance.now();
  const rows: RelevanceRow[] = [];
  for (const entry of entries) {
    rows.push(
      scoreQuery(entry, await searchCatalog({ query: entry.query, limit: SEARCH_MAX_LIMIT }, client)),
    );
  }
  return {
    catalog: {
      file: shownPath(dbPath),
      inputHash: info?.inputHash ?? null,
      episodes: shows.reduce((sum, show) => sum + show._count.episodes, 0),
      shows: Object.fromEntries(shows.map((show) => [show.slug, show._count.episodes])),
    },
    limit: SEARCH_MAX_LIMIT,
    ms: round(performance.now() - started, 1),
    rows,
    totals: summarizeRelevance(rows),
  };
}

const fit = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

function chapterCell(row: RelevanceRow): string {
  if (row.chapterFound === null) return "-";
  return row.chapterFound ? "yes" : "no";
}

/** The table as printed: one line per query, then the failing queries' top 3 and the totals. */
export function formatRelevanceReport(report: RelevanceReport): string[] {
  const { catalog, rows, totals } = report;
  const shows = Object.entries(catalog.shows)
    .map(([slug, count]) => `${slug} ${count}`)
    .join(", ");
  const lines = [
    `Relevance: ${rows.length} listener queries (bench/relevance-queries.json) on ${catalog.file} ` +
      `(${catalog.episodes} episodes: ${shows}), first ${report.limit} results each, ${report.ms} ms`,
    [
      "query".padEnd(26),
      "kind".padEnd(11),
      "expected".padEnd(48),
      "rank".padStart(4),
      "chapter".padStart(8),
      "  ok",
    ].join(" "),
  ];
  for (const row of rows) {
    lines.push(
      [
        fit(row.query, 26),
        row.kind.padEnd(11),
        fit(describeExpect(row.expect), 48),
        (row.rank === null ? "-" : String(row.rank)).padStart(4),
        chapterCell(row).padStart(8),
        row.ok ? "  ok" : "  MISS",
      ].join(" "),
    );
  }
  const failing = rows.filter((row) => !row.ok);
  if (failing.length > 0) {
    lines.push("", `Missed (${failing.length}): expected -> the actual top ${SUCCESS_RANK}`);
    for (const row of failing) {
      // Episodes of the expected show by slug alone; any other show's as show/episode.
      const shown = row.top.map((key) =>
        row.expect !== "none" && key.startsWith(`${row.expect.show}/`)
          ? key.slice(row.expect.show.length + 1)
          : key,
      );
      const top = shown.length === 0 ? "nothing" : shown.join(", ");
      const listed =
        row.chapterFound === false && row.listedChapters !== null
          ? `; chapters listed: ${row.listedChapters.map((start) => formatDuration(start)).join(", ") || "none"}`
          : "";
      lines.push(`  ${row.query}: ${describeExpect(row.expect)} -> ${top} (${row.total} found${listed})`);
    }
  }
  const kinds = relevanceKinds
    .flatMap((kind) => {
      const figures = totals.byKind[kind];
      return figures ? [`${kind} ${figures.successes}/${figures.queries}`] : [];
    })
    .join(", ");
  lines.push(
    "",
    `success@${SUCCESS_RANK} ${totals.successes}/${totals.queries} (${totals.successAt3}%), MRR ${totals.mrr.toFixed(3)}; by kind: ${kinds}`,
  );
  return lines;
}

async function main() {
  const { values } = parseArgs({ options: { db: { type: "string" } } });
  const dbPath = values.db
    ? path.resolve(values.db)
    : (await ensureRealCatalog((line) => process.stderr.write(`[relevance] ${line}\n`))).dbPath;
  const client = openCatalog(dbPath);
  try {
    const report = await runRelevance(client, dbPath);
    for (const line of formatRelevanceReport(report)) console.log(line);
  } finally {
    await client.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
