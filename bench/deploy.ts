// The deployment recipe under measurement (deploy/): N `next start` replicas behind nginx's shared
// cache, started as `npm run deploy:local` starts them. Measures (1) requests/s of episode pages through
// nginx next to one bare replica in the same run, and (2) how long an import takes to show through the
// cache: a catalog with one episode's description changed is renamed over each replica's catalog file
// while that page is polled through nginx (and on each replica directly) every 100 ms.
// Writes its key (deploy) of bench/results.json. Needs nginx (`apt-get install -y nginx`).
// Usage: npm run bench:deploy -- [--replicas 2] [--runs 3] [--duration 5] [--connections 32] [--swaps 3]
//        [--workers 2] [--timeout 120] [--catalog FILE] [--copy /tmp/bench-copy] [--reuse-build]
import { createHash, randomBytes } from "node:crypto";
import { copyFileSync, renameSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { exportCatalog } from "@/lib/ingest/store/export";
import { importCatalog, readCatalogInfo } from "@/lib/ingest/store/import";
import { episodePath } from "@/lib/site/routes";
import { buildAndStartStack, type Stack } from "@/deploy/stack";
import { fire, type Fired } from "./fire";
import { runStamp, writeResults } from "./results-file";
import { buildCopyOptions, freePort } from "./server";
import { median, round2 } from "./stats";

const { values } = parseArgs({
  options: {
    replicas: { type: "string", default: "2" },
    runs: { type: "string", default: "3" },
    duration: { type: "string", default: "5" },
    warmup: { type: "string", default: "1" },
    connections: { type: "string", default: "32" },
    timeout: { type: "string", default: "120" },
    swaps: { type: "string", default: "3" },
    workers: { type: "string", default: "2" },
    catalog: { type: "string" },
    runtime: { type: "string", default: "/tmp/episode-catalog-deploy-bench" },
    ...buildCopyOptions,
  },
});
const replicaCount = Number(values.replicas);
const runs = Number(values.runs);
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const timeoutSeconds = Number(values.timeout);
const swaps = Number(values.swaps);
const workers = Number(values.workers);
if (
  ![replicaCount, runs, duration, connections, timeoutSeconds, swaps, workers].every((value) => value >= 1) ||
  !(warmup >= 0)
) {
  throw new Error(
    "--replicas, --runs, --duration, --connections, --timeout and --swaps take positive numbers",
  );
}
const log = (line: string) => process.stdout.write(`[deploy] ${line}\n`);
const POLL_MS = 100;
/** As browsers ask: nginx then sends its stored gzip bytes as they are, a replica compresses each page. */
const headers = { "accept-encoding": "gzip" };
const THROUGHPUT_TARGET = 10;

type Episode = { slug: string; show: { slug: string } };

async function episodePages(base: string): Promise<string[]> {
  const response = await fetch(`${base}/api/episodes?limit=100`);
  if (!response.ok) throw new Error(`GET /api/episodes answered ${response.status}`);
  const { episodes } = (await response.json()) as { episodes: Episode[] };
  if (episodes.length < 2) throw new Error("the catalog needs at least two episodes");
  const step = Math.max(1, Math.floor(episodes.length / 8));
  return episodes
    .filter((_, index) => index % step === 0)
    .slice(0, 8)
    .map((episode) => episodePath(episode.show.slug, episode.slug));
}

/** GET through nginx until its cache answers HIT (a first MISS stores the page); the statuses seen. */
async function warmCache(base: string, paths: string[]): Promise<Record<string, string[]>> {
  const seen: Record<string, string[]> = {};
  for (const page of paths) {
    seen[page] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await fetch(base + page);
      await response.arrayBuffer();
      const status = response.headers.get("x-cache-status") ?? "none";
      seen[page].push(`${response.status} ${status}`);
      if (status === "HIT") break;
    }
  }
  return seen;
}

type Measured = {
  requestsPerSecond: number[];
  medianRequestsPerSecond: number;
  /** Response bytes per second, MB/s (what the load generator had to read). */
  medianMBps: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
};

function summarize(rows: Fired[]): Measured {
  return {
    requestsPerSecond: rows.map((row) => row.requestsPerSecond),
    medianRequestsPerSecond: round2(median(rows.map((row) => row.requestsPerSecond))),
    medianMBps: round2(median(rows.map((row) => row.throughputKBps / 1000))),
    latencyP99Ms: round2(median(rows.map((row) => row.latencyMs.p99))),
    non2xx: rows.reduce((sum, row) => sum + row.non2xx, 0),
    errors: rows.reduce((sum, row) => sum + row.errors + row.timeouts, 0),
  };
}

/**
 * Per run: the episode pages on one replica directly, the same through nginx, and a small static file
 * through nginx (what nginx and this load generator manage together on these cores, for reference).
 */
async function throughput(stack: Stack, paths: string[]) {
  const bare = stack.replicas[0]!.base;
  const cached = stack.nginx.base;
  const scenarios = [
    { base: bare, scenario: { name: "one bare next start", paths } },
    { base: cached, scenario: { name: "through nginx", paths } },
    { base: cached, scenario: { name: "static file through nginx", paths: ["/favicon.svg"] } },
  ];
  const byRun: Fired[][] = [];
  for (let run = 0; run < runs; run += 1) {
    const measured: Fired[] = [];
    for (const { base, scenario } of scenarios) {
      if (run === 0 && warmup > 0)
        await fire(base, scenario, { connections, seconds: warmup, headers, workers });
      measured.push(await fire(base, scenario, { connections, seconds: duration, headers, workers }));
    }
    byRun.push(measured);
    const [bareRun, nginxRun, ceilingRun] = measured as [Fired, Fired, Fired];
    log(
      `run ${run + 1}/${runs}: bare ${bareRun.requestsPerSecond.toFixed(0)} req/s, through nginx ` +
        `${nginxRun.requestsPerSecond.toFixed(0)} req/s (${(nginxRun.requestsPerSecond / bareRun.requestsPerSecond).toFixed(1)}×), ` +
        `static file through nginx ${ceilingRun.requestsPerSecond.toFixed(0)} req/s`,
    );
  }
  const ratio = round2(median(byRun.map((run) => run[1]!.requestsPerSecond / run[0]!.requestsPerSecond)));
  const nginx = summarize(byRun.map((run) => run[1]!));
  const ceiling = summarize(byRun.map((run) => run[2]!));
  return {
    paths,
    bare: summarize(byRun.map((run) => run[0]!)),
    nginx,
    staticThroughNginx: ceiling,
    ratio,
    target: THROUGHPUT_TARGET,
    met: ratio >= THROUGHPUT_TARGET,
  };
}

type Watch = { name: string; base: string; seenAfterMs: number | null; statuses: string[] };

/**
 * Renames a catalog with one episode's description changed over every replica's file and polls that page
 * (through nginx and on every replica) until each serves the new text or `timeoutSeconds` pass.
 */
async function importVisibility(stack: Stack, page: string, slug: string) {
  const marker = `catalog-swap-${randomBytes(4).toString("hex")}`;
  const current = stack.replicas[0]!.catalogPath;
  const { catalog } = exportCatalog(current);
  const episode = catalog.episodes.find((candidate) => candidate.slug === slug);
  if (!episode) throw new Error(`episode ${slug} is not in ${current}`);
  episode.description = `${episode.description}\n\nThis episode was re-imported (${marker}).`;
  const newPath = path.join(stack.runtime, "new.db");
  const started = performance.now();
  const inputHash = createHash("sha256")
    .update(`${readCatalogInfo(current) ?? ""}\0${marker}`)
    .digest("hex");
  const imported = await importCatalog({ catalog, dbPath: newPath, inputHash });
  const importMs = Math.round(performance.now() - started);
  // Next to each replica's file first (a copy may take a while), so the renames happen together.
  for (const replica of stack.replicas) copyFileSync(newPath, `${replica.catalogPath}.next`);

  const watches: Watch[] = [
    { name: "nginx", base: stack.nginx.base, seenAfterMs: null, statuses: [] },
    ...stack.replicas.map((replica, index) => ({
      name: `replica ${index + 1}`,
      base: replica.base,
      seenAfterMs: null,
      statuses: [],
    })),
  ];
  // Every watcher has served the page at least once before the swap (nginx: from its cache).
  for (const watch of watches) {
    const response = await fetch(watch.base + page);
    const body = await response.text();
    if (body.includes(marker)) throw new Error(`${watch.name} serves the marker before the swap`);
  }
  log(`renaming a catalog with "${marker}" in ${page} over each replica's file (imported in ${importMs} ms)`);
  const swappedAt = performance.now();
  for (const replica of stack.replicas) renameSync(`${replica.catalogPath}.next`, replica.catalogPath);
  const deadline = swappedAt + timeoutSeconds * 1000;
  await Promise.all(
    watches.map(async (watch) => {
      while (performance.now() < deadline) {
        const tick = performance.now();
        try {
          const response = await fetch(watch.base + page);
          const body = await response.text();
          const status = `${response.status} ${response.headers.get("x-cache-status") ?? ""}`.trim();
          if (watch.statuses.at(-1) !== status) watch.statuses.push(status);
          if (body.includes(marker)) {
            watch.seenAfterMs = Math.round(performance.now() - swappedAt);
            return;
          }
        } catch (error) {
          const status = `error ${error instanceof Error ? error.message : String(error)}`;
          if (watch.statuses.at(-1) !== status) watch.statuses.push(status);
        }
        await new Promise((resolve) =>
          setTimeout(resolve, Math.max(0, POLL_MS - (performance.now() - tick))),
        );
      }
    }),
  );
  for (const watch of watches) {
    log(
      `${watch.name}: ${watch.seenAfterMs === null ? `still the old text after ${timeoutSeconds} s` : `new text after ${(watch.seenAfterMs / 1000).toFixed(2)} s`} ` +
        `(answers seen: ${watch.statuses.join(" → ")})`,
    );
  }
  return {
    page,
    marker,
    importMs,
    episodes: imported.episodes,
    pollMs: POLL_MS,
    timeoutSeconds,
    secondsUntilVisible: Object.fromEntries(
      watches.map((watch) => [
        watch.name,
        watch.seenAfterMs === null ? null : round2(watch.seenAfterMs / 1000),
      ]),
    ),
    statuses: Object.fromEntries(watches.map((watch) => [watch.name, watch.statuses])),
  };
}

async function main() {
  // The replicas read copies of the catalog: the swap below renames over those, never over the source.
  const stack = await buildAndStartStack(
    {
      copy: values.copy,
      reuseBuild: values["reuse-build"],
      runtime: values.runtime,
      catalog: values.catalog,
      replicas: replicaCount,
      listen: `127.0.0.1:${await freePort()}`,
    },
    log,
  );
  try {
    const paths = await episodePages(stack.replicas[0]!.base);
    const warmed = await warmCache(stack.nginx.base, paths);
    log(
      `${paths.length} episode pages; cache after warming: ${Object.values(warmed)
        .map((seen) => seen.at(-1))
        .join(", ")}`,
    );
    const load = await throughput(stack, paths);
    const visibility: Awaited<ReturnType<typeof importVisibility>>[] = [];
    for (let swap = 0; swap < swaps; swap += 1) {
      // A different page each time, none of them the newest (paths[0]).
      const page = paths[1 + (swap % (paths.length - 1))]!;
      visibility.push(await importVisibility(stack, page, decodeURIComponent(page.split("/").at(-1)!)));
    }
    const seen = (name: string) => visibility.map((swap) => swap.secondsUntilVisible[name] ?? null);
    const throughNginx = seen("nginx");
    const nginxSeen = throughNginx.filter((value): value is number => value !== null);
    const visible = {
      swaps,
      nginxSeconds: throughNginx,
      nginxMedianSeconds: nginxSeen.length === swaps ? round2(median(nginxSeen)) : null,
      nginxMaxSeconds: nginxSeen.length === swaps ? Math.max(...nginxSeen) : null,
      replicaSeconds: Object.fromEntries(
        stack.replicas.map((_, index) => [`replica ${index + 1}`, seen(`replica ${index + 1}`)]),
      ),
    };

    console.log("");
    console.log(
      `Episode pages, ${connections} connections, ${workers} load-generator threads, Accept-Encoding: gzip, ` +
        `median of ${runs} runs × ${duration} s; latency p99`,
    );
    const line = (label: string, row: Measured) =>
      console.log(
        `  ${label.padEnd(28)}${row.medianRequestsPerSecond.toFixed(0).padStart(7)} req/s ` +
          `${row.medianMBps.toFixed(1).padStart(6)} MB/s  p99 ${row.latencyP99Ms} ms`,
      );
    line("one bare next start", load.bare);
    line("through nginx (HIT)", load.nginx);
    line("static file through nginx", load.staticThroughNginx);
    console.log(
      `${load.met ? "PASS" : "FAIL"}  nginx over one bare replica: ${load.ratio}× (target ≥ ${THROUGHPUT_TARGET}×)`,
    );
    console.log(
      `${visible.nginxMaxSeconds === null ? "FAIL" : "INFO"}  import visible through the cache: ` +
        `${throughNginx.map((value) => (value === null ? `not within ${timeoutSeconds} s` : `${value} s`)).join(", ")} ` +
        `after the rename (${swaps} swaps); on the replicas directly: ` +
        Object.entries(visible.replicaSeconds)
          .map(([name, values]) => `${name} ${values.map((value) => value ?? "not seen").join(", ")} s`)
          .join("; "),
    );

    await writeResults("deploy", {
      ...runStamp(),
      replicas: replicaCount,
      nginx: "Debian nginx, deploy/nginx.conf.template",
      connections,
      loadGeneratorThreads: workers,
      runs,
      durationSeconds: duration,
      warmed,
      throughput: load,
      importVisible: { ...visible, bySwap: visibility },
    });
    log("wrote bench/results.json (key deploy)");
    if (!load.met || load.nginx.non2xx + load.bare.non2xx + load.nginx.errors + load.bare.errors > 0) {
      process.exitCode = 1;
    }
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
