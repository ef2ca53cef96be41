// Load test of the production server with autocannon: episode pages (several real slugs in turn), the
// home page and /api/search (the search benchmark's query mix), next to a static file served by the same
// Next server as the baseline, one scenario after the other in the same run. Prints a table, writes its
// key (load) of bench/results.json, exits 1 when any request failed or answered other than 2xx.
// Usage: npm run load -- [--url http://127.0.0.1:3000] [--duration 30] [--connections 50] [--warmup 3]
//        [--copy /tmp/bench-copy] [--reuse-build]
// Without --url it builds the project in a copy and starts `next start` there (bench/server.ts).
import { parseArgs } from "node:util";
import { SEARCH_PAGE_SIZE } from "@/lib/search/params";
import { episodePath } from "@/lib/site/routes";
import { benchQueries } from "./queries";
import { runStamp, writeResults } from "./results-file";
import { round2 } from "./stats";
import { fire, type Fired } from "./fire";
import { resolveTarget, targetOptions } from "./server";

const { values } = parseArgs({
  options: {
    ...targetOptions,
    duration: { type: "string", default: "30" },
    connections: { type: "string", default: "50" },
    warmup: { type: "string", default: "3" },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const warmup = Number(values.warmup);
if (!(duration >= 1) || !Number.isInteger(connections) || connections < 1 || !(warmup >= 0)) {
  throw new Error("--duration and --connections take positive numbers, --warmup zero or more seconds");
}
const log = (line: string) => process.stdout.write(`[load] ${line}\n`);

type Scenario = { name: string; paths: string[] };

/**
 * Up to `count` episode pages spread over the catalog, always including one episode with a video and one
 * without: their paths under their shows.
 */
async function episodePaths(base: string, count: number): Promise<string[]> {
  const response = await fetch(`${base}/api/episodes?limit=100`);
  if (!response.ok) throw new Error(`GET /api/episodes answered ${response.status}`);
  const { episodes } = (await response.json()) as {
    episodes: { slug: string; show: { slug: string }; youtubeId: string | null }[];
  };
  if (episodes.length === 0) throw new Error("the catalog has no episodes");
  const step = Math.max(1, Math.floor(episodes.length / count));
  const picked = new Set(episodes.filter((_, index) => index % step === 0).slice(0, count));
  const withVideo = episodes.find((episode) => episode.youtubeId);
  const withoutVideo = episodes.find((episode) => !episode.youtubeId);
  for (const extra of [withVideo, withoutVideo]) if (extra) picked.add(extra);
  return [...picked].map((episode) => episodePath(episode.show.slug, episode.slug));
}

async function main() {
  const target = await resolveTarget(
    { url: values.url, copy: values.copy, reuseBuild: values["reuse-build"] },
    log,
  );
  try {
    const episodes = await episodePaths(target.base, 8);
    const scenarios: Scenario[] = [
      { name: "static file (baseline)", paths: ["/favicon.svg"] },
      { name: "episode pages", paths: episodes },
      { name: "home page", paths: ["/"] },
      {
        name: "GET /api/search",
        paths: benchQueries.map(
          ({ query }) => `/api/search?${new URLSearchParams({ q: query, limit: String(SEARCH_PAGE_SIZE) })}`,
        ),
      },
    ];
    log(
      `${connections} connections, ${duration} s per scenario after ${warmup} s of warm-up; ` +
        `${episodes.length} episode pages, ${benchQueries.length} search queries`,
    );
    const results: Fired[] = [];
    for (const scenario of scenarios) {
      // Warm-up: compiled routes, page cache and the server's own caches, not counted.
      if (warmup > 0) await fire(target.base, scenario, { connections, seconds: warmup });
      const measured = await fire(target.base, scenario, { connections, seconds: duration });
      results.push(measured);
      log(`${scenario.name}: ${measured.requestsPerSecond} req/s`);
    }

    const staticRate = results[0]!.requestsPerSecond;
    console.log("");
    console.log(`autocannon: ${connections} connections, ${duration} s per scenario; latency in ms`);
    console.log(
      [
        "scenario".padEnd(24),
        "req/s".padStart(8),
        "×static".padStart(8),
        "p50".padStart(7),
        "p95".padStart(7),
        "p99".padStart(7),
        "responses".padStart(10),
        "non-2xx".padStart(8),
        "errors".padStart(7),
      ].join(" "),
    );
    for (const row of results) {
      console.log(
        [
          row.scenario.padEnd(24),
          row.requestsPerSecond.toFixed(0).padStart(8),
          (row.requestsPerSecond / staticRate).toFixed(2).padStart(8),
          row.latencyMs.p50.toFixed(1).padStart(7),
          (row.latencyMs.p95?.toFixed(1) ?? "-").padStart(7),
          row.latencyMs.p99.toFixed(1).padStart(7),
          String(row.responses).padStart(10),
          String(row.non2xx).padStart(8),
          String(row.errors).padStart(7),
        ].join(" "),
      );
    }
    const episodeOverStatic = round2(results[1]!.requestsPerSecond / staticRate);
    const failed = results.filter((row) => row.non2xx > 0 || row.errors > 0);
    console.log("");
    console.log(`Episode pages / static file throughput: ${episodeOverStatic}×`);
    console.log(
      failed.length === 0
        ? "Zero errors and zero non-2xx answers."
        : `FAILED: ${failed.map((row) => `${row.scenario} (${row.non2xx} non-2xx, ${row.errors} errors)`).join("; ")}`,
    );

    await writeResults("load", {
      ...runStamp(),
      server: target.source === "url" ? target.base : "next start on a build in a copy of the project",
      tool: "autocannon 8",
      connections,
      durationSeconds: duration,
      warmupSeconds: warmup,
      scenarios: results,
      episodeOverStatic,
      zeroErrors: failed.length === 0,
    });
    log("wrote bench/results.json (key load)");
    if (failed.length > 0) process.exitCode = 1;
  } finally {
    await target.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
