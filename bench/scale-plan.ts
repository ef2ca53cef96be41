// The pure parts of the scale benchmark (bench/scale.ts): its --sizes syntax, which episodes count as
// "older", seeded sampling, reading the page count off `next build`'s output, and the targets.
// No I/O here, so all of it is unit-tested.
import type { CatalogSpec } from "./catalogs";
import { createRandom } from "./synthetic";

/** The catalogs of a full run: the real one, then three generated ones spread over more and more shows. */
export const DEFAULT_SIZES = "56,2000,20000,100000";

/** defaultShowCount(2000) -> 1; (20000) -> 10; (100000) -> 100: about 1,000–2,000 episodes per show. */
export function defaultShowCount(size: number): number {
  if (size <= 2000) return 1;
  if (size <= 20_000) return Math.max(1, Math.round(size / 2000));
  return Math.round(size / 1000);
}

/**
 * parseSizes("56,2000,20000:5") -> [{ size: 56, shows: 1 }, { size: 2000, shows: 1 }, { size: 20000, shows: 5 }]:
 * a size alone takes defaultShowCount; "size:shows" says how many shows. Throws on anything else.
 */
export function parseSizes(text: string): Required<CatalogSpec>[] {
  const specs = text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(\d+)(?::(\d+))?$/.exec(part);
      const size = Number(match?.[1]);
      const shows = match?.[2] === undefined ? defaultShowCount(size) : Number(match[2]);
      if (!match || size < 1 || shows < 1 || shows > size) {
        throw new Error(`--sizes: "${part}" is not a size or size:shows (e.g. 2000 or 20000:10)`);
      }
      return { size, shows };
    });
  if (specs.length === 0) throw new Error("--sizes names no catalog");
  return specs;
}

/**
 * Which of a show's episodes (by position in its newest-first list) are "older": past the `newest`
 * ones a build may prerender, or the older half when the show has no more than that.
 * olderRange(1000, 100) -> { from: 100, to: 1000 }; olderRange(56, 100) -> { from: 28, to: 56 }
 */
export function olderRange(count: number, newest: number): { from: number; to: number } {
  return { from: count > newest ? newest : Math.floor(count / 2), to: count };
}

/** sample(["a", "b", "c", "d"], 2, random) -> two distinct items in a seeded random order. */
export function sample<T>(items: readonly T[], count: number, random: ReturnType<typeof createRandom>): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = random.int(index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy.slice(0, count);
}

/**
 * The number of pages `next build` says it prerendered, or null when its output has no such line.
 * prerenderedPages("✓ Generating static pages using 1 worker (187/187) in 9.1s") -> 187
 */
export function prerenderedPages(buildOutput: string): number | null {
  const matches = [...buildOutput.matchAll(/Generating static pages[^(\n]*\((\d+)\/(\d+)\)/g)];
  const last = matches.at(-1);
  return last ? Number(last[2]) : null;
}

/** The figures of one catalog size the targets read; null where the run did not get that far. */
export type TargetInputs = {
  size: number;
  importMs: number | null;
  buildMs: number | null;
  episodeFirstP95Ms: number | null;
  /** Requests/s of each kind of repeated request over the prerendered page's, same run. */
  ratios: Record<string, number> | null;
  rssLoadMaxBytes: number | null;
};

export type TargetVerdict = {
  name: string;
  /** The size it was evaluated at (the largest measured) and whether that is the size the target names. */
  size: number;
  atTargetSize: boolean;
  value: number | null;
  limit: string;
  met: boolean | null;
};

export const TARGET_SIZE = 100_000;
const MB = 1024 * 1024;

/**
 * evaluateTargets(bySize) -> one verdict per target, evaluated at the largest size measured (the build
 * also against the smallest). `met` is null when the figure is missing.
 */
export function evaluateTargets(bySize: TargetInputs[]): TargetVerdict[] {
  const sorted = [...bySize].sort((a, b) => a.size - b.size);
  const smallest = sorted[0];
  const largest = sorted.at(-1);
  if (!smallest || !largest) return [];
  const at = { size: largest.size, atTargetSize: largest.size === TARGET_SIZE };
  const check = (value: number | null, ok: (value: number) => boolean) => (value === null ? null : ok(value));
  const buildRatio =
    largest.buildMs !== null && smallest.buildMs !== null && smallest.buildMs > 0 && largest !== smallest
      ? Math.round((largest.buildMs / smallest.buildMs) * 100) / 100
      : null;
  const verdicts: TargetVerdict[] = [
    {
      name: `next build time, ${largest.size} over ${smallest.size} episodes`,
      ...at,
      value: buildRatio,
      limit: "≤ 1.5×",
      met: check(buildRatio, (value) => value <= 1.5),
    },
    {
      name: "first request of an older episode page, p95 (ms)",
      ...at,
      value: largest.episodeFirstP95Ms,
      limit: "≤ 50 ms",
      met: check(largest.episodeFirstP95Ms, (value) => value <= 50),
    },
  ];
  for (const [kind, ratio] of Object.entries(largest.ratios ?? {})) {
    verdicts.push({
      name: `repeated ${kind} requests/s over the prerendered page's`,
      ...at,
      value: ratio,
      limit: "≥ 0.9×",
      met: ratio >= 0.9,
    });
  }
  if (!largest.ratios) {
    verdicts.push({
      name: "repeated requests/s over the prerendered page's",
      ...at,
      value: null,
      limit: "≥ 0.9×",
      met: null,
    });
  }
  verdicts.push(
    {
      name: "import time (s)",
      ...at,
      value: largest.importMs === null ? null : Math.round(largest.importMs / 100) / 10,
      limit: "≤ 60 s",
      met: check(largest.importMs, (value) => value <= 60_000),
    },
    {
      name: "server RSS under load (MB)",
      ...at,
      value: largest.rssLoadMaxBytes === null ? null : Math.round(largest.rssLoadMaxBytes / MB),
      limit: "≤ 512 MB",
      met: check(largest.rssLoadMaxBytes, (value) => value <= 512 * MB),
    },
  );
  return verdicts;
}
