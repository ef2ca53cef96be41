// Lighthouse (mobile emulation and simulated throttling: the default config) over the site's pages on a
// production server, driving Debian's Chromium headless, next to two baselines measured in the same run:
// bench/baseline.html (a static page without script or style: what this machine gives a trivial page),
// served by this script itself so the site never ships it, and a bare Next.js page (bench/bare-next.ts:
// the framework alone, no data, no client code). Each site page's median is compared with the bare one.
// Pages are interleaved round by round; the table gives medians over the runs. Writes its key
// (lighthouse) of bench/results.json. Exits 2 when Chromium is missing, 1 when a run still fails after
// two retries.
// Usage: npm run lighthouse -- [--url http://127.0.0.1:3000] [--runs 3] [--chrome /usr/bin/chromium]
//        [--copy /tmp/bench-copy] [--reuse-build]
import { launch, type LaunchedChrome } from "chrome-launcher";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import lighthouse, { type Result } from "lighthouse";
import { projectRoot } from "@/lib/ingest/sources";
import { chromiumFlags, debianChromium } from "@/scripts/e2e-browser";
import { runStamp, writeResults } from "./results-file";
import { median, round2 } from "./stats";
import { serveBareNext } from "./bare-next";
import { resolveTarget, targetOptions } from "./server";
import { episodePath } from "@/lib/site/routes";

/** The seed catalog's show, whose pages these figures have followed since the one-show site. */
const seedShow = "the-backend-engineering-show";

const { values } = parseArgs({
  options: {
    ...targetOptions,
    runs: { type: "string", default: "3" },
    chrome: { type: "string", default: debianChromium },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a positive integer");
const log = (line: string) => process.stdout.write(`[lighthouse] ${line}\n`);

const chromeFlags = ["--headless=new", ...chromiumFlags];

/**
 * Where each page comes from: `static` this script's own file server (serveBaseline), `bare` a Next.js
 * app of one page (bench/bare-next.ts), `site` the site. The two baselines are measured in the same run.
 */
const pages: { name: string; path: string; source: "static" | "bare" | "site" }[] = [
  { name: "static HTML (baseline)", path: "/baseline.html", source: "static" },
  { name: "bare Next page (baseline)", path: "/", source: "bare" },
  { name: "home", path: "/", source: "site" },
  { name: "episode with video", path: episodePath(seedShow, "postgres-18-gets-async-io"), source: "site" },
  { name: "episode without video", path: episodePath(seedShow, "kernel-level-tls"), source: "site" },
  { name: "search", path: "/search?q=postgres", source: "site" },
  { name: "topic page", path: "/topics/postgresql", source: "site" },
  { name: "404 page", path: "/no-such-page", source: "site" },
];
/** Results are kept per page: the source and the path together name one. */
const pageKey = (page: (typeof pages)[number]) => `${page.source} ${page.path}`;
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof categories)[number];
const metrics = {
  lcpMs: "largest-contentful-paint",
  fcpMs: "first-contentful-paint",
  tbtMs: "total-blocking-time",
  cls: "cumulative-layout-shift",
} as const;
type Metric = keyof typeof metrics;

type Run = {
  scores: Record<Category, number>;
  metrics: Record<Metric, number>;
  /** Audits that lost points: id and score (0-1). */
  failing: { id: string; score: number; title: string }[];
  /** Requests to any other origin than the server's (the pages should make none). */
  externalRequests: string[];
  benchmarkIndex: number | null;
  /**
   * Script bytes (transfer size, KB) that had finished loading when the first frame was shown in the
   * unthrottled run Lighthouse records. Lighthouse's simulation counts such scripts into the simulated
   * FCP/LCP (their download at slow 4G and their CPU time), so this tells a run's LCP apart: a page
   * whose frame came before its framework scripts gets an LCP near the bare page's.
   */
  scriptKbBeforeFcp: number | null;
};

function readRun(lhr: Result, origin: string): Run {
  const scores = Object.fromEntries(
    categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const measured = Object.fromEntries(
    Object.entries(metrics).map(([key, id]) => [key, round2(lhr.audits[id]?.numericValue ?? Number.NaN)]),
  ) as Record<Metric, number>;
  const weighted = new Set(
    categories.flatMap(
      (category) =>
        lhr.categories[category]?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id) ?? [],
    ),
  );
  const failing = [...weighted]
    .map((id) => lhr.audits[id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .map((audit) => ({ id: audit!.id, score: audit!.score!, title: audit!.title }));
  const network = lhr.audits["network-requests"]?.details as NetworkDetails | undefined;
  const externalRequests = (network?.items ?? [])
    .map((item) => item.url ?? "")
    .filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin);
  return {
    scores,
    metrics: measured,
    failing,
    externalRequests,
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    scriptKbBeforeFcp: scriptKbBeforeFcp(lhr, network),
  };
}

/**
 * The network-requests audit: its times are ms from its first request, which starts at
 * debugData.networkStartTimeTs (a trace timestamp, µs).
 */
type NetworkDetails = {
  items?: { url?: string; resourceType?: string; networkEndTime?: number; transferSize?: number }[];
  debugData?: { networkStartTimeTs?: number };
};

/**
 * Run.scriptKbBeforeFcp. The request times count from the first request, the observed FCP from the
 * navigation: both are put on the trace's clock.
 */
function scriptKbBeforeFcp(lhr: Result, network: NetworkDetails | undefined): number | null {
  const observed = (lhr.audits.metrics?.details as { items?: { observedFirstContentfulPaintTs?: number }[] })
    ?.items?.[0]?.observedFirstContentfulPaintTs;
  const start = network?.debugData?.networkStartTimeTs;
  if (observed === undefined || start === undefined || !network?.items) return null;
  const bytes = network.items
    .filter(
      (item) =>
        item.resourceType === "Script" && start + (item.networkEndTime ?? Infinity) * 1000 <= observed,
    )
    .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  return round2(bytes / 1024);
}

/**
 * bench/baseline.html (and the site's favicon it links to) on 127.0.0.1 at a free port until stop():
 * a plain file server, so the baseline measures the machine and Chromium, not the site's code.
 */
async function serveBaseline(): Promise<{ base: string; stop: () => Promise<void> }> {
  const files: Record<string, { file: string; type: string }> = {
    "/baseline.html": { file: "bench/baseline.html", type: "text/html; charset=utf-8" },
    "/favicon.svg": { file: "public/favicon.svg", type: "image/svg+xml" },
  };
  const bodies = new Map(
    Object.entries(files).map(([urlPath, { file, type }]) => [
      urlPath,
      { body: readFileSync(path.join(projectRoot, file)), type },
    ]),
  );
  const server = createServer((request, response) => {
    const found = bodies.get(new URL(request.url ?? "/", "http://localhost").pathname);
    response.writeHead(found ? 200 : 404, { "content-type": found?.type ?? "text/plain; charset=utf-8" });
    response.end(found?.body ?? "not found");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main() {
  if (!existsSync(values.chrome)) {
    console.error(
      `Chromium not found at ${values.chrome}: install it (apt-get install chromium) or pass --chrome PATH. ` +
        "Nothing was measured.",
    );
    process.exit(2);
  }
  const target = await resolveTarget(
    { url: values.url, copy: values.copy, reuseBuild: values["reuse-build"] },
    log,
  );
  let chrome: LaunchedChrome | null = null;
  const baseline = await serveBaseline();
  const bare = await serveBareNext(log);
  try {
    chrome = await launch({ chromePath: values.chrome, chromeFlags, logLevel: "silent" });
    const byPage = new Map<string, Run[]>(pages.map((page) => [pageKey(page), []]));
    const failures: string[] = [];
    // Round by round through all pages, so a busy moment on the machine hits every page alike.
    for (let round = 1; round <= runs; round += 1) {
      for (const page of pages) {
        // A run can fail on a busy machine (NO_NAVSTART, a trace that did not record): retry it twice.
        const base = { static: baseline.base, bare: bare.base, site: target.base }[page.source];
        let lhr: Result | null = null;
        for (let attempt = 1; attempt <= 3 && !lhr; attempt += 1) {
          const result = await lighthouse(base + page.path, {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: [...categories],
            // The 404 page answers 404 on purpose.
            ignoreStatusCode: true,
          });
          const problem = !result ? "no result" : result.lhr.runtimeError?.message;
          if (!problem) lhr = result!.lhr;
          else log(`${page.path}: attempt ${attempt} failed: ${problem}`);
        }
        if (!lhr) {
          failures.push(`${page.path} (round ${round})`);
          continue;
        }
        byPage.get(pageKey(page))!.push(readRun(lhr, new URL(base).origin));
        log(`round ${round}/${runs}: ${page.name} done`);
      }
    }

    const measured = pages.filter((page) => byPage.get(pageKey(page))!.length > 0);
    const summary = measured.map((page) => {
      const pageRuns = byPage.get(pageKey(page))!;
      const failing = new Map<string, { id: string; title: string; scores: number[] }>();
      for (const run of pageRuns) {
        for (const audit of run.failing) {
          const entry = failing.get(audit.id) ?? { id: audit.id, title: audit.title, scores: [] };
          entry.scores.push(round2(audit.score));
          failing.set(audit.id, entry);
        }
      }
      return {
        page: page.name,
        path: page.path,
        source: page.source,
        median: {
          ...Object.fromEntries(
            categories.map((category) => [category, median(pageRuns.map((run) => run.scores[category]))]),
          ),
          ...Object.fromEntries(
            Object.keys(metrics).map((key) => [
              key,
              round2(median(pageRuns.map((run) => run.metrics[key as Metric]))),
            ]),
          ),
        } as Record<Category | Metric, number>,
        runs: pageRuns.map((run) => ({
          scores: run.scores,
          metrics: run.metrics,
          scriptKbBeforeFcp: run.scriptKbBeforeFcp,
        })),
        /** Runs whose first frame came after 50 KB or more of script had loaded (see Run). */
        runsWithScriptsBeforeFcp: pageRuns.filter((run) => (run.scriptKbBeforeFcp ?? 0) >= 50).length,
        /** Audits that lost points in any run, with their score in each run where they did. */
        failingAudits: [...failing.values()],
        externalRequests: [...new Set(pageRuns.flatMap((run) => run.externalRequests))],
      };
    });

    console.log("");
    console.log(`Lighthouse ${runs} run(s) per page, mobile (default config); medians`);
    console.log(
      [
        "page".padEnd(24),
        "perf".padStart(5),
        "a11y".padStart(5),
        "b-p".padStart(5),
        "seo".padStart(5),
        "LCP ms".padStart(7),
        "TBT ms".padStart(7),
        "CLS".padStart(6),
        "JS<FCP".padStart(7),
      ].join(" "),
    );
    for (const row of summary) {
      const m = row.median;
      console.log(
        [
          row.page.padEnd(24),
          ...categories.map((category) => String(m[category]).padStart(5)),
          m.lcpMs.toFixed(0).padStart(7),
          m.tbtMs.toFixed(0).padStart(7),
          m.cls.toFixed(3).padStart(6),
          `${row.runsWithScriptsBeforeFcp}/${row.runs.length}`.padStart(7),
        ].join(" "),
      );
    }
    const below = summary.flatMap((row) =>
      categories
        .filter((category) => row.median[category] < 95)
        .map((category) => ({ page: row.page, category, score: row.median[category] })),
    );
    console.log(
      "JS<FCP: runs whose first frame came after 50 KB or more of script had loaded; Lighthouse then " +
        "counts that script into the simulated LCP.",
    );
    console.log("");
    for (const row of summary) {
      if (row.failingAudits.length === 0) continue;
      const audits = row.failingAudits.map((audit) => `${audit.id} (${audit.scores.join("/")})`);
      console.log(`${row.page}: lost points on ${audits.join(", ")}`);
    }
    for (const row of summary) {
      if (row.externalRequests.length > 0) {
        console.log(`${row.page}: requests to other origins: ${row.externalRequests.join(", ")}`);
      }
    }
    console.log(
      below.length === 0
        ? "Every median score is 95 or more."
        : `Under 95: ${below.map((entry) => `${entry.page} ${entry.category} ${entry.score}`).join("; ")}`,
    );

    // The bar: each site page scores at least what the bare Next page scores in this run.
    const bareRow = summary.find((row) => row.source === "bare");
    const versusBare = bareRow
      ? summary
          .filter((row) => row.source === "site")
          .map((row) => ({
            page: row.page,
            performance: row.median.performance,
            barePerformance: bareRow.median.performance,
            atOrAbove: row.median.performance >= bareRow.median.performance,
            /** TBT as a multiple of the bare page's (null when the bare page blocked for 0 ms). */
            tbtRatio: bareRow.median.tbtMs > 0 ? round2(row.median.tbtMs / bareRow.median.tbtMs) : null,
          }))
      : [];
    for (const row of versusBare) {
      console.log(
        `${row.page}: performance ${row.performance} vs bare Next ${row.barePerformance} ` +
          `(${row.atOrAbove ? "at or above" : "BELOW"}), TBT ×${row.tbtRatio ?? "n/a"}`,
      );
    }

    const benchmarkIndexes = [...byPage.values()]
      .flat()
      .map((run) => run.benchmarkIndex)
      .filter((value): value is number => value !== null);
    await writeResults("lighthouse", {
      ...runStamp(),
      server: target.source === "url" ? target.base : "next start on a build in a copy of the project",
      tool: "lighthouse 12.8 (default config: mobile emulation, simulated throttling)",
      chrome: values.chrome,
      runsPerPage: runs,
      /** Lighthouse's own CPU benchmark of this machine, median over all runs (higher is faster). */
      benchmarkIndex: benchmarkIndexes.length ? median(benchmarkIndexes) : null,
      pages: summary,
      versusBareNext: versusBare,
      under95: below,
      failedRuns: failures,
    });
    log("wrote bench/results.json (key lighthouse)");
    if (failures.length > 0) {
      console.error(`Runs that failed three times: ${failures.join(", ")}`);
      process.exitCode = 1;
    }
  } finally {
    chrome?.kill();
    await baseline.stop();
    await bare.stop();
    await target.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
