// Page weight, time to first byte and the JavaScript budget of the site's pages on a production server.
// Usage: npm run bench:pages -- [--url http://127.0.0.1:3000 [--build-dir .next]] [--rounds 5]
//        [--requests 20] [--copy /tmp/bench-copy] [--reuse-build]
// Without --url it builds the project in a copy and starts `next start` there (bench/server.ts).
// TTFB is the median over rounds of each round's median, next to baselines measured in the same run:
// a static file served by the same server (favicon.svg) and the bare 404 page (same layout, no data).
// JS budget: gzip JS the heaviest site page loads, over the floor of this build: the framework chunks
// every App Router page loads (rootMainFiles of the build manifest; the bare Next.js page), and the 404
// page. Target ≤ 1.25× the framework floor; the run exits 1 when it is missed.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { runStamp, writeResults } from "./results-file";
import { median, round2 } from "./stats";
import { resolveTarget, targetOptions } from "./server";
import { episodePath, showPath } from "@/lib/site/routes";

/** The seed catalog's show, whose pages these figures have followed since the one-show site. */
const seedShow = "the-backend-engineering-show";

const { values } = parseArgs({
  options: {
    ...targetOptions,
    /** The old name of --url. */
    base: { type: "string" },
    "build-dir": { type: "string" },
    rounds: { type: "string", default: "5" },
    requests: { type: "string", default: "20" },
  },
});
const rounds = Number(values.rounds);
const requests = Number(values.requests);
if (!(rounds >= 1) || !(requests >= 1)) throw new Error("--rounds and --requests take positive integers");
const budget = 1.25;
const log = (line: string) => process.stdout.write(`[pages] ${line}\n`);

const pages = [
  { name: "static file (baseline)", path: "/favicon.svg" },
  { name: "404 page (baseline)", path: "/no-such-page" },
  { name: "home", path: "/" },
  { name: "show, filtered", path: `${showPath(seedShow)}?video=1` },
  { name: "episode with video", path: episodePath(seedShow, "postgres-18-gets-async-io") },
  { name: "episode without video", path: episodePath(seedShow, "kernel-level-tls") },
  { name: "search", path: "/search?q=postgres" },
  { name: "topic", path: "/topics/postgresql" },
];

async function timeToFirstByte(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  const elapsed = performance.now() - started;
  await response.arrayBuffer();
  return elapsed;
}

const gzipCache = new Map<string, number>();
async function gzipSize(base: string, asset: string): Promise<number> {
  const url = new URL(asset, base).href;
  const cached = gzipCache.get(url);
  if (cached !== undefined) return cached;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  const size = gzipSync(Buffer.from(await response.arrayBuffer())).length;
  gzipCache.set(url, size);
  return size;
}

/** Scripts the page loads in a modern browser (`nomodule` polyfills are skipped there) and its stylesheets. */
async function weight(base: string, pagePath: string) {
  const html = await (await fetch(base + pagePath)).text();
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)]
    .filter((match) => !/\bnomodule\b/i.test(match[0]))
    .map((match) => match[1]!);
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  let js = 0;
  let css = 0;
  for (const asset of new Set(scripts)) js += await gzipSize(base, asset);
  for (const asset of new Set(styles)) css += await gzipSize(base, asset);
  return { html: gzipSync(Buffer.from(html)).length, js, css, scripts: [...new Set(scripts)] };
}

/** The framework floor: gzip size of the build's rootMainFiles, if that build is the one being served. */
async function frameworkFloor(base: string, buildDir: string | null, floorScripts: string[]) {
  if (!buildDir) return { bytes: null, note: "no build folder (pass --build-dir with --url)" };
  const manifestPath = path.join(buildDir, "build-manifest.json");
  if (!existsSync(manifestPath)) return { bytes: null, note: `${manifestPath} not found` };
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { rootMainFiles?: string[] };
  const files = (manifest.rootMainFiles ?? []).map((file) => `/_next/${file}`);
  if (files.length === 0 || files.some((file) => !floorScripts.includes(file))) {
    return { bytes: null, note: `${manifestPath} is not the build being served` };
  }
  let bytes = 0;
  for (const file of files) bytes += await gzipSize(base, file);
  return { bytes, note: `rootMainFiles of ${manifestPath}` };
}

async function main() {
  const target = await resolveTarget(
    {
      url: values.url ?? values.base,
      buildDir: values["build-dir"],
      copy: values.copy,
      reuseBuild: values["reuse-build"],
    },
    log,
  );
  try {
    const results = [];
    for (const page of pages) {
      const url = target.base + page.path;
      for (let warm = 0; warm < 3; warm += 1) await timeToFirstByte(url);
      const medians: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        const times: number[] = [];
        for (let request = 0; request < requests; request += 1) times.push(await timeToFirstByte(url));
        medians.push(median(times));
      }
      const sizes = page.path.endsWith(".svg")
        ? { html: 0, js: 0, css: 0, scripts: [] as string[] }
        : await weight(target.base, page.path);
      results.push({ page: page.name, path: page.path, ttfbMs: round2(median(medians)), ...sizes });
    }

    const staticTtfb = results[0]!.ttfbMs;
    const notFound = results[1]!;
    const floor = await frameworkFloor(target.base, target.buildDir, notFound.scripts);
    console.log("");
    console.log(`TTFB: median of ${rounds} rounds × ${requests} requests; sizes gzip (bytes)`);
    console.log(
      [
        "page".padEnd(24),
        "TTFB ms".padStart(8),
        "×static".padStart(8),
        "HTML".padStart(7),
        "JS".padStart(8),
        "×404 JS".padStart(8),
        "×floor JS".padStart(10),
        "CSS".padStart(7),
      ].join(" "),
    );
    for (const row of results) {
      const ratio = (by: number | null) => (by && row.js ? (row.js / by).toFixed(2) : "-");
      console.log(
        [
          row.page.padEnd(24),
          row.ttfbMs.toFixed(2).padStart(8),
          (row.ttfbMs / staticTtfb).toFixed(2).padStart(8),
          String(row.html).padStart(7),
          String(row.js).padStart(8),
          ratio(notFound.js).padStart(8),
          ratio(floor.bytes).padStart(10),
          String(row.css).padStart(7),
        ].join(" "),
      );
    }

    // Every page of the site but the two baselines; the budget holds for the heaviest.
    const heaviest = results.slice(2).reduce((most, row) => (row.js > most.js ? row : most), results[2]!);
    const floorBytes = floor.bytes ?? notFound.js;
    const jsBudget = {
      heaviestPage: heaviest.page,
      heaviestJs: heaviest.js,
      frameworkFloorJs: floor.bytes,
      frameworkFloorSource: floor.note,
      notFoundJs: notFound.js,
      ratioToFramework: floor.bytes ? round2(heaviest.js / floor.bytes) : null,
      ratioTo404: round2(heaviest.js / notFound.js),
      target: budget,
      measuredAgainst: floor.bytes ? "framework floor" : "404 page",
      met: heaviest.js / floorBytes <= budget,
    };
    console.log("");
    console.log(
      `JS budget: heaviest page (${heaviest.page}) ${heaviest.js} B gzip; framework floor ` +
        `${floor.bytes ?? "-"} B (${floor.note}); 404 page ${notFound.js} B. ` +
        `Heaviest/${jsBudget.measuredAgainst} ${(heaviest.js / floorBytes).toFixed(2)}× ` +
        `(target ≤ ${budget}×): ${jsBudget.met ? "met" : "MISSED"}`,
    );

    await writeResults("pages", {
      ...runStamp(),
      server: target.source === "url" ? target.base : "next start on a build in a copy of the project",
      rounds,
      requests,
      pages: results.map(({ scripts, ...row }) => ({
        ...row,
        scriptCount: scripts.length,
        ttfbOverStatic: round2(row.ttfbMs / staticTtfb),
      })),
      jsBudget,
    });
    log("wrote bench/results.json (key pages)");
    if (!jsBudget.met) process.exitCode = 1;
  } finally {
    await target.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
