// Scale benchmark: what a growing catalog costs the site. Per catalog size (the real 56 episodes, then
// 2k, 20k in 10 shows and 100k in 100 shows by default): the import time and file size, a cold
// `next build` over that catalog, and on `next start` the time to first byte of pages requested for
// the first time and again, requests/s of each kind next to a prerendered page in the same run, and the
// server's memory under load. Prints tables and PASS/FAIL per target, writes its key (scale) of
// bench/results.json.
// Usage: npm run bench:scale -- [--sizes 56,2000,20000:10,100000:100] [--runs 3] [--duration 5]
//        [--connections 32] [--urls 20] [--repeats 5] [--newest 100] [--reimport]
//        [--copy /tmp/bench-scale-copy] [--from DIR] [--build-timeout 60] [--retries 1]
import { statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PAGE_SIZE } from "@/lib/site/list-params";
import { episodePath, showPath, topicPath } from "@/lib/site/routes";
import { projectRoot } from "@/lib/ingest/sources";
import { ensureBenchCatalogs, type BenchCatalog } from "./catalogs";
import { fire, type Fired } from "./fire";
import { sampleGroupRss } from "./process-memory";
import { benchQueries } from "./queries";
import { runStamp, writeResults } from "./results-file";
import {
  DEFAULT_SIZES,
  evaluateTargets,
  olderRange,
  parseSizes,
  prerenderedPages,
  sample,
  type TargetInputs,
  type TargetVerdict,
} from "./scale-plan";
import { nextBuild, prepareCopy, startServer, type RunningServer } from "./server";
import { median, percentile, round2 } from "./stats";
import { createRandom } from "./synthetic";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: DEFAULT_SIZES },
    runs: { type: "string", default: "3" },
    duration: { type: "string", default: "5" },
    warmup: { type: "string", default: "1" },
    connections: { type: "string", default: "32" },
    urls: { type: "string", default: "20" },
    repeats: { type: "string", default: "5" },
    newest: { type: "string", default: "100" },
    reimport: { type: "boolean", default: false },
    copy: { type: "string", default: "/tmp/bench-scale-copy" },
    from: { type: "string" },
    "build-timeout": { type: "string", default: "60" },
    retries: { type: "string", default: "1" },
  },
});
const specs = parseSizes(values.sizes);
const runs = Number(values.runs);
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const urlCount = Number(values.urls);
const repeats = Number(values.repeats);
const newest = Number(values.newest);
const buildTimeoutMs = Number(values["build-timeout"]) * 60_000;
const retries = Number(values.retries);
for (const [name, value, min] of [
  ["runs", runs, 1],
  ["duration", duration, 1],
  ["warmup", warmup, 0],
  ["connections", connections, 1],
  ["urls", urlCount, 1],
  ["repeats", repeats, 1],
  ["newest", newest, 0],
  ["build-timeout", buildTimeoutMs, 1],
  ["retries", retries, 0],
] as const) {
  if (!Number.isFinite(value) || value < min) throw new Error(`--${name} takes a number ≥ ${min}`);
}
const log = (line: string) => process.stdout.write(`[scale] ${line}\n`);

// Ctrl-C: the build and the server run in process groups of their own, so stop them before leaving.
const interrupted = new AbortController();
let liveServer: RunningServer | null = null;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the build or server of this run`);
    interrupted.abort();
    void (liveServer?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}
const MB = 1024 * 1024;

/**
 * How many of the newest episode pages make the prerendered baseline: every build prerenders at least
 * these (the bounded set has the 20 newest), and several pages even out their different weights.
 */
const PRERENDERED_BASELINE = 5;

const kinds = ["episode", "show", "list", "search", "topic"] as const;
type Kind = (typeof kinds)[number];
const kindLabels: Record<Kind, string> = {
  episode: "older episode page",
  show: "show page",
  list: "filtered list (showPath?video=1&page=…)",
  search: "search (/search?q=…)",
  topic: "topic page",
};

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

type ApiShow = { slug: string; episodeCount: number; isDefault: boolean; latest: { slug: string } | null };
type ApiEpisodes = { total: number; episodes: { slug: string }[] };

/**
 * The URLs of each kind, found through the JSON API (what a crawler could find), none requested yet:
 * `urlCount` to measure plus, where there are enough, one more that is requested first so the route's
 * code is loaded before any measured request (that happens once per server, not per page).
 */
async function discoverUrls(base: string, seed: number) {
  const random = createRandom(seed);
  const shows = await getJson<ApiShow[]>(`${base}/api/shows`);
  if (!shows.some((show) => show.latest)) throw new Error("the catalog has no episodes");
  const total = shows.reduce((sum, show) => sum + show.episodeCount, 0);
  const wanted = urlCount + 1;
  const randomShow = () => {
    let index = random.int(total);
    for (const show of shows) {
      if (index < show.episodeCount) return show;
      index -= show.episodeCount;
    }
    return shows.at(-1)!;
  };

  const episodePages = new Map<string, Promise<ApiEpisodes>>();
  const episodesPage = (show: string, page: number, filter = "") => {
    const key = `${show}|${page}|${filter}`;
    let answer = episodePages.get(key);
    if (!answer) {
      answer = getJson<ApiEpisodes>(`${base}/api/episodes?show=${show}&limit=100&page=${page}${filter}`);
      episodePages.set(key, answer);
    }
    return answer;
  };

  const episodes = new Set<string>();
  for (let attempt = 0; episodes.size < wanted && attempt < wanted * 5; attempt += 1) {
    const show = randomShow();
    const { from, to } = olderRange(show.episodeCount, newest);
    if (to <= from) continue;
    const offset = from + random.int(to - from);
    const page = await episodesPage(show.slug, Math.floor(offset / 100) + 1);
    const episode = page.episodes[offset % 100];
    if (episode) episodes.add(episodePath(show.slug, episode.slug));
  }

  const list = new Set<string>();
  for (const show of sample(shows, wanted, random)) {
    const videoTotal = (
      await getJson<ApiEpisodes>(`${base}/api/episodes?show=${show.slug}&hasVideo=true&limit=1`)
    ).total;
    const videoPages = Math.ceil(videoTotal / PAGE_SIZE);
    const allPages = Math.ceil(show.episodeCount / PAGE_SIZE);
    const candidates = [
      ...Array.from({ length: videoPages }, (_, index) =>
        index === 0 ? `${showPath(show.slug)}?video=1` : `${showPath(show.slug)}?video=1&page=${index + 1}`,
      ),
      ...Array.from(
        { length: Math.max(0, allPages - 1) },
        (_, index) => `${showPath(show.slug)}?page=${index + 2}`,
      ),
    ];
    // Later pages first (the brief's showPath?video=1&page=2…), spread over the shows.
    for (const url of sample(candidates, Math.max(1, Math.ceil(wanted / shows.length)), random))
      list.add(url);
  }

  const searchCandidates = benchQueries.flatMap(({ query }) => [
    `/search?${new URLSearchParams({ q: query })}`,
    ...(shows.length > 1 ? [`/search?${new URLSearchParams({ q: query, show: randomShow().slug })}`] : []),
  ]);
  const topics = await getJson<{ slug: string }[]>(`${base}/api/topics`);

  const urls: Record<Kind, string[]> = {
    episode: [...episodes],
    show: sample(shows, wanted, random).map((show) => showPath(show.slug)),
    list: sample([...list], wanted, random),
    search: sample(searchCandidates, wanted, random),
    topic: sample(topics, wanted, random).map((topic) => topicPath(topic.slug)),
  };
  const warmups: Partial<Record<Kind, string>> = {};
  for (const kind of kinds) {
    if (urls[kind].length > urlCount) warmups[kind] = urls[kind].shift()!;
    urls[kind] = urls[kind].slice(0, urlCount);
  }
  return {
    urls,
    warmups,
    prerendered: (
      await getJson<{ episodes: { slug: string; show: { slug: string } }[] }>(
        `${base}/api/episodes?limit=${PRERENDERED_BASELINE}`,
      )
    ).episodes.map((episode) => episodePath(episode.show.slug, episode.slug)),
    shows: shows.length,
  };
}

/** Time to the response headers (the body is then read and dropped), uncompressed like pages.ts. */
async function timeToFirstByte(url: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  const ms = performance.now() - started;
  await response.arrayBuffer();
  return { ms, status: response.status };
}

type Percentiles = { p50: number; p95: number; max: number; samples: number };
const summarize = (times: number[]): Percentiles | null =>
  times.length === 0
    ? null
    : {
        p50: round2(percentile(times, 50)),
        p95: round2(percentile(times, 95)),
        max: round2(Math.max(...times)),
        samples: times.length,
      };

type KindTtfb = { urls: number; first: Percentiles | null; repeat: Percentiles | null; non200: number };

async function measureTtfb(
  base: string,
  urls: Record<Kind, string[]>,
  warmups: Partial<Record<Kind, string>>,
) {
  for (const url of Object.values(warmups)) await timeToFirstByte(base + url);
  const first: Record<Kind, number[]> = { episode: [], show: [], list: [], search: [], topic: [] };
  const repeat: Record<Kind, number[]> = { episode: [], show: [], list: [], search: [], topic: [] };
  const non200: Record<Kind, number> = { episode: 0, show: 0, list: 0, search: 0, topic: 0 };
  const longest = Math.max(...kinds.map((kind) => urls[kind].length));
  // Kinds interleaved, so a busy moment of the machine does not fall on one kind only.
  const pass = async (into: Record<Kind, number[]>) => {
    for (let index = 0; index < longest; index += 1) {
      for (const kind of kinds) {
        const url = urls[kind][index];
        if (!url) continue;
        const { ms, status } = await timeToFirstByte(base + url);
        into[kind].push(ms);
        if (status !== 200) non200[kind] += 1;
      }
    }
  };
  await pass(first);
  for (let round = 0; round < repeats; round += 1) await pass(repeat);
  return Object.fromEntries(
    kinds.map((kind) => [
      kind,
      {
        urls: urls[kind].length,
        first: summarize(first[kind]),
        repeat: summarize(repeat[kind]),
        non200: non200[kind],
      },
    ]),
  ) as Record<Kind, KindTtfb>;
}

type ScenarioResult = {
  paths: number;
  requestsPerSecond: number[];
  medianRequestsPerSecond: number;
  /** Median over runs of this run's requests/s over the prerendered page's. */
  ratioToPrerendered: number;
  /** Mean response size (autocannon's bytes/s over requests/s), kB. */
  kBPerResponse: number;
  /**
   * Median over runs of this run's bytes/s over the prerendered page's: pages of other weights
   * compared by what the server delivers rather than by count (informative, not a target).
   */
  bytesRatioToPrerendered: number;
  latencyP95Ms: number;
  non2xx: number;
  errors: number;
};

async function measureLoad(base: string, scenarios: { name: string; paths: string[] }[]) {
  const byRun: Fired[][] = [];
  for (let run = 0; run < runs; run += 1) {
    const measured: Fired[] = [];
    for (const scenario of scenarios) {
      if (run === 0 && warmup > 0) await fire(base, scenario, { connections, seconds: warmup });
      measured.push(await fire(base, scenario, { connections, seconds: duration }));
    }
    byRun.push(measured);
    log(
      `  load run ${run + 1}/${runs}: ${measured.map((row) => `${row.scenario} ${row.requestsPerSecond.toFixed(0)}`).join(", ")} req/s`,
    );
  }
  const prerenderedIndex = scenarios.findIndex((scenario) => scenario.name === "prerendered");
  return Object.fromEntries(
    scenarios.map((scenario, index) => {
      const rows = byRun.map((run) => run[index]!);
      const result: ScenarioResult = {
        paths: scenario.paths.length,
        requestsPerSecond: rows.map((row) => row.requestsPerSecond),
        medianRequestsPerSecond: round2(median(rows.map((row) => row.requestsPerSecond))),
        ratioToPrerendered: round2(
          median(
            byRun.map((run) => run[index]!.requestsPerSecond / run[prerenderedIndex]!.requestsPerSecond),
          ),
        ),
        kBPerResponse: round2(
          median(
            rows.map((row) => (row.requestsPerSecond > 0 ? row.throughputKBps / row.requestsPerSecond : 0)),
          ),
        ),
        bytesRatioToPrerendered: round2(
          median(byRun.map((run) => run[index]!.throughputKBps / run[prerenderedIndex]!.throughputKBps)),
        ),
        latencyP95Ms: round2(median(rows.map((row) => row.latencyMs.p95 ?? Number.NaN))),
        non2xx: rows.reduce((sum, row) => sum + row.non2xx, 0),
        errors: rows.reduce((sum, row) => sum + row.errors + row.timeouts, 0),
      };
      return [scenario.name, result];
    }),
  ) as Record<string, ScenarioResult>;
}

type SizeResult = {
  size: number;
  shows: number;
  source: BenchCatalog["source"];
  episodes: number;
  chapters: number;
  import: { ms: number; generateMs: number; reused: boolean; measuredAt: string };
  databaseBytes: number;
  build: { ms: number; prerenderedPages: number | null } | { error: string };
  server?: {
    urls: Record<Kind, string[]>;
    warmups: Partial<Record<Kind, string>>;
    /** The newest episode pages, which every build prerenders: the baseline of the load scenarios. */
    prerendered: string[];
    ttfb: Record<Kind, KindTtfb>;
    load: Record<string, ScenarioResult>;
    memory: { afterStartMb: number; loadMaxMb: number; processes: number; samples: number };
  };
  /** How many `next start` it took (more than one when a server was ended from outside). */
  serverStarts?: number;
  error?: string;
};

/** One server's part of a size: URLs, TTFB, load and memory; or why the server was gone. */
async function measureServer(
  copyDir: string,
  catalog: BenchCatalog,
  attempt: number,
): Promise<NonNullable<SizeResult["server"]> | { error: string }> {
  let server: RunningServer | null = null;
  try {
    server = await startServer(copyDir, catalog.dbPath);
    liveServer = server;
    const sampler = server.pid === null ? null : sampleGroupRss(server.pid, 200);
    const afterStart = sampler?.max() ?? null;
    const found = await discoverUrls(server.base, catalog.size + attempt * 7919);
    log(
      `  ${server.base}: ${kinds.map((kind) => `${found.urls[kind].length} ${kind}`).join(", ")} URLs` +
        ` (+ ${Object.keys(found.warmups).length} warm-ups)`,
    );
    const ttfb = await measureTtfb(server.base, found.urls, found.warmups);
    sampler?.mark();
    const load = await measureLoad(server.base, [
      { name: "static", paths: ["/favicon.svg"] },
      { name: "prerendered", paths: found.prerendered },
      ...kinds
        .map((kind) => ({ name: kind, paths: found.urls[kind] }))
        .filter((scenario) => scenario.paths.length > 0),
    ]);
    const loadMax = sampler?.max() ?? null;
    sampler?.stop();
    // A server that died under load would leave zeros in the table: say why instead.
    const gone = server.exitReport();
    if (gone) return { error: gone };
    return {
      ...found,
      ttfb,
      load,
      memory: {
        afterStartMb: afterStart ? round2(afterStart.bytes / MB) : 0,
        loadMaxMb: loadMax ? round2(loadMax.bytes / MB) : 0,
        processes: loadMax?.processes ?? 0,
        samples: loadMax?.samples ?? 0,
      },
    };
  } catch (error) {
    const gone = server?.exitReport();
    return { error: gone ?? (error instanceof Error ? error.message : String(error)) };
  } finally {
    await server?.stop();
    liveServer = null;
  }
}

async function measureSize(catalog: BenchCatalog, copyDir: string): Promise<SizeResult> {
  const result: SizeResult = {
    size: catalog.size,
    shows: catalog.shows ?? 1,
    source: catalog.source,
    episodes: catalog.episodes,
    chapters: catalog.chapters,
    import: {
      ms: catalog.importMs,
      generateMs: catalog.generateMs,
      reused: catalog.reused,
      measuredAt: catalog.builtAt,
    },
    databaseBytes: statSync(catalog.dbPath).size,
    build: { error: "not run" },
  };
  log(`${catalog.size} episodes: next build over ${path.relative(projectRoot, catalog.dbPath)}…`);
  try {
    const build = await nextBuild(copyDir, catalog.dbPath, log, {
      timeoutMs: buildTimeoutMs,
      signal: interrupted.signal,
    });
    result.build = { ms: build.ms, prerenderedPages: prerenderedPages(build.output) };
    log(
      `  built in ${(build.ms / 1000).toFixed(1)} s, ${result.build.prerenderedPages ?? "?"} pages prerendered`,
    );
  } catch (error) {
    result.build = { error: error instanceof Error ? error.message : String(error) };
    log(`  ${result.build.error}`);
    return result;
  }

  // The machine is shared: a server ended from outside (a stray SIGTERM) is started again, with URLs
  // drawn anew (a new process has an empty page cache), up to --retries times.
  for (let attempt = 0; attempt <= retries; attempt += 1) {
    result.error = undefined;
    result.serverStarts = attempt + 1;
    const measured = await measureServer(copyDir, catalog, attempt);
    if ("error" in measured) {
      result.error = measured.error;
      log(`  ${measured.error}${attempt < retries ? "; starting it again" : ""}`);
      continue;
    }
    result.server = measured;
    break;
  }
  return result;
}

const cell = (value: number | null | undefined, width: number, digits = 0) =>
  (value === null || value === undefined || !Number.isFinite(value) ? "-" : value.toFixed(digits)).padStart(
    width,
  );

function printTables(results: SizeResult[]) {
  console.log("");
  console.log("Catalog and build");
  console.log(
    [
      "episodes".padStart(9),
      "shows".padStart(6),
      "import s".padStart(9),
      "DB MB".padStart(7),
      "build s".padStart(8),
      "pages".padStart(7),
      "RSS start".padStart(10),
      "RSS load".padStart(9),
    ].join(" "),
  );
  for (const row of results) {
    const build = "ms" in row.build ? row.build : null;
    console.log(
      [
        cell(row.episodes, 9),
        cell(row.shows, 6),
        cell(row.import.ms / 1000, 9, 1),
        cell(row.databaseBytes / MB, 7, 1),
        build ? cell(build.ms / 1000, 8, 1) : "failed".padStart(8),
        cell(build?.prerenderedPages, 7),
        cell(row.server?.memory.afterStartMb, 10),
        cell(row.server?.memory.loadMaxMb, 9),
      ].join(" "),
    );
  }

  console.log("");
  console.log("Time to first byte (ms): first request of each URL, then repeated requests of the same URLs");
  console.log(
    [
      "episodes".padStart(9),
      "kind".padEnd(42),
      "URLs".padStart(5),
      "1st p50".padStart(8),
      "1st p95".padStart(8),
      "rep p50".padStart(8),
      "rep p95".padStart(8),
      "non-200".padStart(8),
    ].join(" "),
  );
  for (const row of results) {
    if (!row.server) continue;
    for (const kind of kinds) {
      const ttfb = row.server.ttfb[kind];
      console.log(
        [
          cell(row.episodes, 9),
          kindLabels[kind].padEnd(42),
          cell(ttfb.urls, 5),
          cell(ttfb.first?.p50, 8, 1),
          cell(ttfb.first?.p95, 8, 1),
          cell(ttfb.repeat?.p50, 8, 1),
          cell(ttfb.repeat?.p95, 8, 1),
          cell(ttfb.non200, 8),
        ].join(" "),
      );
    }
  }

  console.log("");
  console.log(
    `Requests/s, ${connections} connections, median of ${runs} runs × ${duration} s; ×pre = over the prerendered ` +
      "page in the same run; kB = mean response; ×pre B/s = bytes/s over the prerendered page's",
  );
  console.log(
    [
      "episodes".padStart(9),
      "scenario".padEnd(12),
      "URLs".padStart(5),
      "req/s".padStart(8),
      "×pre".padStart(6),
      "kB".padStart(6),
      "×pre B/s".padStart(9),
      "p95 ms".padStart(7),
      "non-2xx".padStart(8),
      "errors".padStart(7),
    ].join(" "),
  );
  for (const row of results) {
    for (const [name, scenario] of Object.entries(row.server?.load ?? {})) {
      console.log(
        [
          cell(row.episodes, 9),
          name.padEnd(12),
          cell(scenario.paths, 5),
          cell(scenario.medianRequestsPerSecond, 8),
          cell(scenario.ratioToPrerendered, 6, 2),
          cell(scenario.kBPerResponse, 6, 1),
          cell(scenario.bytesRatioToPrerendered, 9, 2),
          cell(scenario.latencyP95Ms, 7, 1),
          cell(scenario.non2xx, 8),
          cell(scenario.errors, 7),
        ].join(" "),
      );
    }
  }
}

function targetInputs(row: SizeResult): TargetInputs {
  const load = row.server?.load;
  return {
    size: row.size,
    importMs: row.import.ms,
    buildMs: "ms" in row.build ? row.build.ms : null,
    episodeFirstP95Ms: row.server?.ttfb.episode.first?.p95 ?? null,
    ratios: load
      ? Object.fromEntries(
          kinds.filter((kind) => load[kind]).map((kind) => [kind, load[kind]!.ratioToPrerendered]),
        )
      : null,
    rssLoadMaxBytes: row.server ? row.server.memory.loadMaxMb * MB : null,
  };
}

function printTargets(verdicts: TargetVerdict[]) {
  console.log("");
  for (const verdict of verdicts) {
    const status = verdict.met === null ? "N/A " : verdict.met ? "PASS" : "FAIL";
    const note = verdict.atTargetSize ? "" : ` (at ${verdict.size}, not the target's 100000)`;
    console.log(`${status}  ${verdict.name}: ${verdict.value ?? "-"} (target ${verdict.limit})${note}`);
  }
}

async function main() {
  const started = performance.now();
  log(
    `sizes ${specs.map((spec) => `${spec.size} in ${spec.shows} show${spec.shows === 1 ? "" : "s"}`).join(", ")}; ` +
      `${urlCount} URLs per kind, ${repeats} repeats; load ${connections} connections, ${runs} runs × ${duration} s`,
  );
  const catalogs = await ensureBenchCatalogs(specs, log, { force: values.reimport });
  const from = values.from ? path.resolve(values.from) : projectRoot;
  log(`copying ${from} to ${values.copy} (node_modules hard-linked)…`);
  prepareCopy(values.copy, log, from);

  const results: SizeResult[] = [];
  for (const catalog of catalogs) results.push(await measureSize(catalog, values.copy));
  printTables(results);
  const targets = evaluateTargets(results.map(targetInputs));
  printTargets(targets);
  const totalSeconds = round2((performance.now() - started) / 1000);
  console.log(`Total run time ${totalSeconds} s`);

  await writeResults("scale", {
    ...runStamp(),
    tree: from === projectRoot ? "project" : from,
    options: {
      connections,
      runs,
      durationSeconds: duration,
      warmupSeconds: warmup,
      urls: urlCount,
      repeats,
      newest,
    },
    bySize: results,
    targets,
    totalSeconds,
  });
  log("wrote bench/results.json (key scale)");
  if (results.some((row) => row.error || "error" in row.build)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
