// Search benchmark: first the relevance table (bench/relevance.ts: listener queries on the real catalog,
// success@3 and MRR), then synthetic catalogs of 1k/10k/100k episodes, a fixed query set, and per size the
// latency of searchCatalog in process, of GET /api/search on `next start`, and of a naive LIKE search
// on the same file, measured round by round in the same run. Prints tables, writes its key
// (search) of bench/results.json.
// Usage: npm run bench -- [--sizes 1000,10000,100000] [--rounds 7] [--no-http] [--reuse-build]
//        [--copy /tmp/bench-copy]
import { statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { projectRoot } from "@/lib/ingest/sources";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { SEARCH_PAGE_SIZE } from "@/lib/search/params";
import { searchCatalog } from "@/lib/search/search";
import { ensureBenchCatalogs, ensureRealCatalog, type BenchCatalog } from "./catalogs";
import { benchQueries, createLikeSearch } from "./queries";
import { formatRelevanceReport, openCatalog, runRelevance, type RelevanceReport } from "./relevance";
import { runStamp, writeResults } from "./results-file";
import { median, percentile, round2 } from "./stats";
import { createRandom } from "./synthetic";
import { buildCopyOptions, ensureBuild, httpSearch, startServer, type RunningServer } from "./server";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    rounds: { type: "string", default: "7" },
    "no-http": { type: "boolean", default: false },
    ...buildCopyOptions,
  },
});
const sizes = values.sizes.split(",").map((size) => Number(size.trim()));
const rounds = Number(values.rounds);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !(rounds >= 5)) {
  throw new Error("--sizes takes positive integers, --rounds at least 5");
}
const runStarted = performance.now();
const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);

type Mode = "fts" | "http" | "like";
const modes: Mode[] = ["fts", "http", "like"];
const modeLabels: Record<Mode, string> = {
  fts: "searchCatalog (in process)",
  http: "GET /api/search (next start)",
  like: "LIKE baseline (better-sqlite3)",
};

/** Fisher-Yates with the generator's seeded PRNG: the same order for a round in every run. */
function shuffled<T>(items: T[], seed: number): T[] {
  const random = createRandom(seed + 1);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = random.int(index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

type Summary = {
  /** Over all samples (every query, every round). */
  p50: number;
  p95: number;
  /** Median over rounds of each round's p50 / p95 across the query set. */
  roundMedianP50: number;
  roundMedianP95: number;
  /** CPU time of this process per query (in-process modes only): moves far less than wall time on a busy machine. */
  cpuP50: number | null;
  cpuP95: number | null;
  perQuery: { query: string; p50: number; p95: number; cpuP50: number | null; total: number }[];
};

function summarize(samples: number[][], cpu: number[][] | null, totals: number[]): Summary {
  // samples[round][query], cpu likewise
  const all = samples.flat();
  const allCpu = cpu?.flat() ?? null;
  return {
    p50: round2(percentile(all, 50)),
    p95: round2(percentile(all, 95)),
    roundMedianP50: round2(median(samples.map((round) => percentile(round, 50)))),
    roundMedianP95: round2(median(samples.map((round) => percentile(round, 95)))),
    cpuP50: allCpu ? round2(percentile(allCpu, 50)) : null,
    cpuP95: allCpu ? round2(percentile(allCpu, 95)) : null,
    perQuery: benchQueries.map((query, index) => {
      const times = samples.map((round) => round[index]!);
      return {
        query: query.query,
        p50: round2(percentile(times, 50)),
        p95: round2(percentile(times, 95)),
        cpuP50: cpu
          ? round2(
              percentile(
                cpu.map((round) => round[index]!),
                50,
              ),
            )
          : null,
        total: totals[index]!,
      };
    }),
  };
}

type SizeResult = {
  size: number;
  catalog: Omit<BenchCatalog, "dbPath"> & { file: string; sizeMb: number };
  fts: Summary;
  http: Summary | { skipped: string };
  like: Summary;
  /** LIKE p95 / FTS p95 (in process), on wall time and on CPU time. */
  likeOverFtsP95: number;
  likeOverFtsCpuP95: number;
};

async function measureSize(
  catalog: BenchCatalog,
  copyDir: string | null,
  httpSkip: string | null,
): Promise<SizeResult> {
  const client = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: `file:${catalog.dbPath}`, fileMustExist: true }),
  });
  const like = createLikeSearch(catalog.dbPath);
  let server: RunningServer | null = null;
  let httpSkipped = httpSkip;
  if (!httpSkipped && copyDir) {
    try {
      server = await startServer(copyDir, catalog.dbPath);
    } catch (error) {
      httpSkipped = error instanceof Error ? error.message : String(error);
      log(`HTTP skipped at ${catalog.size}: ${httpSkipped}`);
    }
  }
  const active = modes.filter((mode) => mode !== "http" || server);
  const totals: Record<Mode, number[]> = { fts: [], http: [], like: [] };
  const runOne = async (
    mode: Mode,
    query: string,
  ): Promise<{ ms: number; cpuMs: number | null; total: number }> => {
    if (mode === "http") return { ...(await httpSearch(server!.base, query)), cpuMs: null };
    const cpu = process.cpuUsage();
    const started = performance.now();
    const total =
      mode === "fts"
        ? (await searchCatalog({ query, limit: SEARCH_PAGE_SIZE }, client)).total
        : like.search(query).total;
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    return { ms, cpuMs: (used.user + used.system) / 1000, total };
  };
  const samples: Record<Mode, number[][]> = { fts: [], http: [], like: [] };
  const cpuSamples: Record<Mode, number[][]> = { fts: [], http: [], like: [] };
  try {
    // Round 0 warms up (page cache, prepared statements, the vocabulary, the server's modules); the
    // modes alternate inside every round, so a noisy moment on the machine hits all of them alike.
    // The first query after switching modes runs slower (cold caches); a seeded shuffle of the query
    // order per round spreads that over the queries instead of pinning it on the first one.
    for (let round = 0; round <= rounds; round += 1) {
      const order = shuffled(
        benchQueries.map((_, index) => index),
        round,
      );
      for (const mode of active) {
        const times: number[] = Array.from({ length: benchQueries.length }, () => 0);
        const cpuTimes: number[] = Array.from({ length: benchQueries.length }, () => 0);
        for (const index of order) {
          const { ms, cpuMs, total } = await runOne(mode, benchQueries[index]!.query);
          times[index] = ms;
          if (cpuMs !== null) cpuTimes[index] = cpuMs;
          totals[mode][index] = total;
        }
        if (round > 0) {
          samples[mode].push(times);
          if (mode !== "http") cpuSamples[mode].push(cpuTimes);
        }
      }
      log(`${catalog.size}: round ${round}${round === 0 ? " (warm-up)" : ""} done`);
    }
  } finally {
    await client.$disconnect();
    like.close();
    await server?.stop();
  }
  const fts = summarize(samples.fts, cpuSamples.fts, totals.fts);
  const likeSummary = summarize(samples.like, cpuSamples.like, totals.like);
  const httpSummary = server
    ? summarize(samples.http, null, totals.http)
    : { skipped: httpSkipped ?? "not run" };
  const { dbPath, ...catalogInfo } = catalog;
  const bytes = statSync(dbPath).size;
  return {
    size: catalog.size,
    catalog: { ...catalogInfo, file: path.relative(projectRoot, dbPath), sizeMb: round2(bytes / 1e6) },
    fts,
    http: httpSummary,
    like: likeSummary,
    likeOverFtsP95: round2(likeSummary.p95 / fts.p95),
    likeOverFtsCpuP95: round2(likeSummary.cpuP95! / fts.cpuP95!),
  };
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
const isSummary = (value: Summary | { skipped: string }): value is Summary => "p95" in value;

function printTables(results: SizeResult[]) {
  console.log("");
  console.log(
    `Latency in ms over all samples (${benchQueries.length} queries × ${rounds} rounds); rnd p95 = median over rounds of each round's p95; cpu = CPU time of the in-process call`,
  );
  console.log(
    [
      "episodes",
      "mode".padEnd(31),
      "p50".padStart(7),
      "p95".padStart(7),
      "rnd p95".padStart(8),
      "cpu p50".padStart(8),
      "cpu p95".padStart(8),
      "LIKE/FTS p95 (cpu)".padStart(19),
    ].join(" "),
  );
  for (const result of results) {
    for (const mode of modes) {
      const summary = result[mode];
      const label = String(result.size).padStart(8);
      if (!isSummary(summary)) {
        console.log(
          [label, modeLabels[mode].padEnd(31), `skipped: ${summary.skipped.slice(0, 60)}`].join(" "),
        );
        continue;
      }
      const ratio =
        mode === "like"
          ? `${result.likeOverFtsP95.toFixed(1)}× (${result.likeOverFtsCpuP95.toFixed(1)}×)`
          : "";
      console.log(
        [
          label,
          modeLabels[mode].padEnd(31),
          ms(summary.p50).padStart(7),
          ms(summary.p95).padStart(7),
          ms(summary.roundMedianP95).padStart(8),
          (summary.cpuP50 === null ? "-" : ms(summary.cpuP50)).padStart(8),
          (summary.cpuP95 === null ? "-" : ms(summary.cpuP95)).padStart(8),
          ratio.padStart(19),
        ].join(" "),
      );
    }
  }
  console.log("");
  console.log("Per query: p50 ms of FTS in process | HTTP | LIKE, and matching episodes (the API's total)");
  const header = ["query".padEnd(20), ...results.map((result) => `${result.size}`.padStart(33))];
  console.log(header.join(" "));
  benchQueries.forEach(({ query }, index) => {
    const cells = results.map((result) => {
      const fts = result.fts.perQuery[index]!;
      const http = isSummary(result.http) ? ms(result.http.perQuery[index]!.p50) : "-";
      const like = result.like.perQuery[index]!;
      return `${ms(fts.p50).padStart(6)} |${http.padStart(6)} |${ms(like.p50).padStart(6)} ${String(fts.total).padStart(7)}`.padStart(
        33,
      );
    });
    console.log([query.padEnd(20), ...cells].join(" "));
  });
}

/** The relevance table on the real catalog as the current code imports it (a few seconds). */
async function measureRelevance(): Promise<RelevanceReport> {
  const { dbPath } = await ensureRealCatalog(log);
  const client = openCatalog(dbPath);
  try {
    const report = await runRelevance(client, dbPath);
    console.log("");
    for (const line of formatRelevanceReport(report)) console.log(line);
    console.log("");
    return report;
  } finally {
    await client.$disconnect();
  }
}

async function main() {
  const relevance = await measureRelevance();
  log(`sizes ${sizes.join(", ")}; ${rounds} rounds after a warm-up; ${benchQueries.length} queries`);
  const catalogs = await ensureBenchCatalogs(sizes, log);

  let copyDir: string | null = null;
  let httpSkip: string | null = values["no-http"] ? "--no-http" : null;
  let build: { rebuilt: boolean; buildMs: number } | null = null;
  if (!httpSkip) {
    try {
      build = ensureBuild(values.copy, log, { reuse: values["reuse-build"] });
      copyDir = values.copy;
      if (build.rebuilt) log(`next build took ${(build.buildMs / 1000).toFixed(1)} s`);
    } catch (error) {
      httpSkip = `build failed: ${error instanceof Error ? error.message : String(error)}`;
      log(httpSkip);
    }
  }

  const results: SizeResult[] = [];
  for (const catalog of catalogs) results.push(await measureSize(catalog, copyDir, httpSkip));
  printTables(results);

  const first = results[0]!;
  const last = results.at(-1)!;
  const growth = {
    from: first.size,
    to: last.size,
    data: round2(last.size / first.size),
    ftsP95: round2(last.fts.p95 / first.fts.p95),
    httpP95: isSummary(last.http) && isSummary(first.http) ? round2(last.http.p95 / first.http.p95) : null,
    likeP95: round2(last.like.p95 / first.like.p95),
    ftsCpuP95: round2(last.fts.cpuP95! / first.fts.cpuP95!),
    likeCpuP95: round2(last.like.cpuP95! / first.like.cpuP95!),
  };
  const largest = results.find((result) => result.size === 100_000);
  const targets = largest
    ? {
        size: largest.size,
        ftsP95Max20ms: { value: largest.fts.p95, met: largest.fts.p95 <= 20 },
        httpP95Max40ms: isSummary(largest.http)
          ? { value: largest.http.p95, met: largest.http.p95 <= 40 }
          : { value: null, met: null },
        likeAtLeast20xSlower: { value: largest.likeOverFtsP95, met: largest.likeOverFtsP95 >= 20 },
      }
    : null;
  const totalSeconds = round2((performance.now() - runStarted) / 1000);
  console.log("");
  console.log(
    `Growth ${growth.from} -> ${growth.to} episodes (${growth.data}× the data): p95 FTS ${growth.ftsP95}× (cpu ${growth.ftsCpuP95}×), HTTP ${growth.httpP95 ?? "-"}×, LIKE ${growth.likeP95}× (cpu ${growth.likeCpuP95}×)`,
  );
  if (targets) {
    const verdict = (met: boolean | null) => (met === null ? "not measured" : met ? "met" : "MISSED");
    console.log(
      `Targets at ${targets.size}: in-process p95 ≤ 20 ms ${verdict(targets.ftsP95Max20ms.met)} (${targets.ftsP95Max20ms.value} ms); ` +
        `HTTP p95 ≤ 40 ms ${verdict(targets.httpP95Max40ms.met)} (${targets.httpP95Max40ms.value ?? "-"} ms); ` +
        `LIKE ≥ 20× slower ${verdict(targets.likeAtLeast20xSlower.met)} (${targets.likeAtLeast20xSlower.value}×)`,
    );
  }
  // Repeated here: the table itself scrolled away above the latency rounds.
  console.log(
    `Relevance (${relevance.catalog.file}): success@3 ${relevance.totals.successes}/${relevance.totals.queries} (${relevance.totals.successAt3}%), MRR ${relevance.totals.mrr.toFixed(3)}`,
  );
  console.log(
    `Total run time ${totalSeconds} s${build?.rebuilt ? ` (next build ${(build.buildMs / 1000).toFixed(1)} s)` : ""}`,
  );

  const report = {
    ...runStamp(),
    sizes,
    rounds,
    queries: benchQueries,
    results: {
      bySize: results,
      growth,
      targets,
      build,
      totalSeconds,
      relevance,
    },
  };
  await writeResults("search", report);
  log("wrote bench/results.json (key search)");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
