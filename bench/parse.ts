// Parser speed: parseSource on one large pasted page (the layout corpus and the seed sources, copied
// over and over with their numbers varied) at 0.25, 0.5 and 1 MB, against a baseline measured in the
// same rounds: text.split("\n") plus a per-line timestamp/URL regex scan of the same text. Prints a
// table (median ms, MB/s, ratio to the baseline, ms per MB); writes nothing. Not a unit test: no bar fails.
// Usage: npm run bench:parse -- [--sizes 0.25,0.5,1] [--rounds 7]
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { defaultSourcesDir, projectRoot } from "@/lib/ingest/sources";
import { parseSource } from "@/lib/ingest/text";
import { median, round2 } from "./stats";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "0.25,0.5,1" },
    rounds: { type: "string", default: "7" },
  },
});
const sizes = values.sizes.split(",").map((size) => Number(size.trim()));
const rounds = Number(values.rounds);
if (sizes.some((size) => !(size > 0)) || !Number.isInteger(rounds) || rounds < 3) {
  throw new Error("--sizes takes positive numbers of MB, --rounds an integer of at least 3");
}
const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);
const MB = 1024 * 1024;

const readPages = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), "utf8"));
const pages = [
  ...readPages(path.join(projectRoot, "tests/fixtures/layouts")),
  ...readPages(defaultSourcesDir),
];

// A whole number standing alone ("Postgres 18", "481 episodes"), not part of a time, date, URL or word:
// varied per copy so the page is not one block repeated, while chapter times and dates stay valid.
const LONE_NUMBER = /(?<![\d:./\-\p{L}])\d+(?![\d:./\-,\p{L}])/gu;

/** Corpus and seed pages, round-robin, each copy's lone numbers shifted by its copy number, up to `bytes`. */
function buildPage(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy += 1) {
    const page = pages[copy % pages.length]!;
    const varied = page.replace(LONE_NUMBER, (digits) => String(Number(digits) + copy));
    parts.push(varied.trimEnd());
    size += Buffer.byteLength(varied) + 2;
  }
  return `${parts.join("\n\n")}\n`;
}

const TIMESTAMP = /\b\d{1,2}:\d{2}(?::\d{2})?\b/g;
const URL_LIKE = /https?:\/\/[^\s)]+|www\.[^\s)]+/g;

/** The floor any line-by-line reader pays: split the text, scan each line for times and links. */
function baselineScan(text: string): number {
  let hits = 0;
  for (const line of text.split("\n")) {
    hits += line.match(TIMESTAMP)?.length ?? 0;
    hits += line.match(URL_LIKE)?.length ?? 0;
  }
  return hits;
}

function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

type Row = { mb: number; parseMs: number; baselineMs: number; episodes: number; chapters: number };
const rows: Row[] = [];

log(`${pages.length} pages (layout corpus + seed sources), ${rounds} rounds after two warm-ups, medians`);
for (const target of sizes) {
  const text = buildPage(target * MB);
  const mb = Buffer.byteLength(text) / MB;
  // Warm-up, twice: JIT, regex compilation, the zod schemas.
  const warm = parseSource(text, "bench.txt");
  parseSource(text, "bench.txt");
  baselineScan(text);
  baselineScan(text);
  const parseTimes: number[] = [];
  const baselineTimes: number[] = [];
  // Alternating inside every round, so a busy moment on the machine hits both.
  for (let round = 0; round < rounds; round += 1) {
    baselineTimes.push(time(() => baselineScan(text)).ms);
    parseTimes.push(time(() => parseSource(text, "bench.txt")).ms);
  }
  const row = {
    mb,
    parseMs: median(parseTimes),
    baselineMs: median(baselineTimes),
    episodes: warm.episodes.length,
    chapters: warm.episodes.reduce((sum, episode) => sum + episode.chapters.length, 0),
  };
  rows.push(row);
  log(
    `${mb.toFixed(2)} MB: parseSource ${round2(row.parseMs)} ms (${row.episodes} episodes, ${row.chapters} chapters), ` +
      `baseline ${round2(row.baselineMs)} ms`,
  );
}

const header = ["MB", "parse ms", "MB/s", "baseline ms", "parse/baseline", "ms per MB", "under 1 s"];
const table = rows.map((row) => [
  row.mb.toFixed(2),
  round2(row.parseMs).toFixed(2),
  round2(row.mb / (row.parseMs / 1000)).toFixed(2),
  round2(row.baselineMs).toFixed(2),
  `${round2(row.parseMs / row.baselineMs).toFixed(1)}x`,
  round2(row.parseMs / row.mb).toFixed(2),
  row.parseMs < 1000 ? "yes" : "NO",
]);
const widths = header.map((title, column) =>
  Math.max(title.length, ...table.map((cells) => cells[column]!.length)),
);
const line = (cells: string[]) => cells.map((cell, column) => cell.padStart(widths[column]!)).join("  ");
process.stdout.write(`\n${line(header)}\n${table.map(line).join("\n")}\n`);

// Linear time keeps ms per MB flat: report the spread from the smallest to the largest size.
const perMb = rows.map((row) => row.parseMs / row.mb);
if (perMb.length > 1) {
  const growth = perMb.at(-1)! / perMb[0]!;
  log(
    `ms per MB from ${rows[0]!.mb.toFixed(2)} to ${rows.at(-1)!.mb.toFixed(2)} MB: x${growth.toFixed(2)} ` +
      `(${growth < 1.5 ? "not growing: linear" : "growing: worse than linear"})`,
  );
}
