// Page weight and time to first byte of the site's pages, against a running production server.
// Usage: npm run bench:pages -- [--base http://127.0.0.1:3000] [--rounds 5] [--requests 20]
// Reports medians over rounds, next to two baselines measured in the same run: a static file
// served by the same server (favicon.svg) and the bare 404 page (same layout, no catalog data).
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3000" },
    rounds: { type: "string", default: "5" },
    requests: { type: "string", default: "20" },
  },
});
const base = values.base.replace(/\/$/, "");
const rounds = Number(values.rounds);
const requests = Number(values.requests);

const pages = [
  { name: "static file (baseline)", path: "/favicon.svg" },
  { name: "404 page (baseline)", path: "/episodes/no-such-episode" },
  { name: "home", path: "/" },
  { name: "episode with video", path: "/episodes/postgres-18-gets-async-io" },
  { name: "episode without video", path: "/episodes/kernel-level-tls" },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function timeToFirstByte(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  const elapsed = performance.now() - started;
  await response.arrayBuffer();
  return elapsed;
}

async function weight(path: string) {
  const html = await (await fetch(base + path)).text();
  const assets = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="stylesheet"[^>]+href)="([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  let js = 0;
  let css = 0;
  for (const asset of new Set(assets)) {
    const body = Buffer.from(await (await fetch(new URL(asset, base))).arrayBuffer());
    const size = gzipSync(body).length;
    if (asset.endsWith(".css")) css += size;
    else js += size;
  }
  return { html: gzipSync(Buffer.from(html)).length, js, css };
}

const results = [];
for (const page of pages) {
  const url = base + page.path;
  for (let warm = 0; warm < 3; warm += 1) await timeToFirstByte(url);
  const medians: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const times: number[] = [];
    for (let request = 0; request < requests; request += 1) times.push(await timeToFirstByte(url));
    medians.push(median(times));
  }
  const sizes = page.path.endsWith(".svg") ? { html: 0, js: 0, css: 0 } : await weight(page.path);
  results.push({ page: page.name, path: page.path, ttfbMs: median(medians), ...sizes });
}

const staticTtfb = results[0]!.ttfbMs;
const bareJs = results[1]!.js;
console.log(`TTFB median of ${rounds} rounds × ${requests} requests; sizes gzip (bytes)`);
console.log(
  "page".padEnd(24),
  "TTFB ms".padStart(8),
  "×static".padStart(8),
  "HTML".padStart(7),
  "JS".padStart(8),
  "×bare JS".padStart(9),
  "CSS".padStart(7),
);
for (const row of results) {
  console.log(
    row.page.padEnd(24),
    row.ttfbMs.toFixed(2).padStart(8),
    (row.ttfbMs / staticTtfb).toFixed(2).padStart(8),
    String(row.html).padStart(7),
    String(row.js).padStart(8),
    (bareJs ? (row.js / bareJs).toFixed(2) : "-").padStart(9),
    String(row.css).padStart(7),
  );
}
