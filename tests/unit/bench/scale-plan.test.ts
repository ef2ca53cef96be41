import { describe, expect, it } from "vitest";
import {
  defaultShowCount,
  evaluateTargets,
  olderRange,
  parseSizes,
  prerenderedPages,
  sample,
  type TargetInputs,
} from "@/bench/scale-plan";
import { createRandom } from "@/bench/synthetic";

describe("--sizes", () => {
  it("gives the default sizes the brief's show counts", () => {
    expect(parseSizes("56,2000,20000,100000")).toEqual([
      { size: 56, shows: 1 },
      { size: 2000, shows: 1 },
      { size: 20000, shows: 10 },
      { size: 100000, shows: 100 },
    ]);
    expect(defaultShowCount(5000)).toBe(3);
  });

  it("takes an explicit show count after a colon, and spaces", () => {
    expect(parseSizes(" 2000:4 , 300")).toEqual([
      { size: 2000, shows: 4 },
      { size: 300, shows: 1 },
    ]);
  });

  it("rejects junk, zero, and more shows than episodes", () => {
    for (const junk of ["", "abc", "0", "10:0", "10:11", "1e3", "-5", "20:3:1"]) {
      expect(() => parseSizes(junk), junk).toThrow(/--sizes/);
    }
  });
});

describe("older episodes", () => {
  it("skips the newest ones a build may prerender, or the newer half of a small show", () => {
    expect(olderRange(1000, 100)).toEqual({ from: 100, to: 1000 });
    expect(olderRange(56, 100)).toEqual({ from: 28, to: 56 });
    expect(olderRange(101, 100)).toEqual({ from: 100, to: 101 });
    expect(olderRange(1, 100)).toEqual({ from: 0, to: 1 });
  });
});

describe("sample", () => {
  it("picks distinct items, at most as many as there are, the same for the same seed", () => {
    const items = ["a", "b", "c", "d", "e"];
    const picked = sample(items, 3, createRandom(1));
    expect(new Set(picked).size).toBe(3);
    expect(picked.every((item) => items.includes(item))).toBe(true);
    expect(sample(items, 3, createRandom(1))).toEqual(picked);
    expect(sample(items, 9, createRandom(2)).sort()).toEqual(items);
    expect(items).toEqual(["a", "b", "c", "d", "e"]);
  });
});

describe("prerenderedPages", () => {
  it("reads the last page count next build prints", () => {
    const output = [
      "   Collecting page data ...",
      "   Generating static pages (0/185) ...",
      "   Generating static pages (46/185)",
      " ✓ Generating static pages (185/185) in 12.4s",
    ].join("\n");
    expect(prerenderedPages(output)).toBe(185);
    expect(prerenderedPages(" ✓ Generating static pages using 2 workers (7/7) in 1s")).toBe(7);
    expect(prerenderedPages("Compiled successfully")).toBeNull();
  });
});

describe("evaluateTargets", () => {
  const row = (overrides: Partial<TargetInputs>): TargetInputs => ({
    size: 56,
    importMs: 40,
    buildMs: 60_000,
    episodeFirstP95Ms: 10,
    ratios: { episode: 1, search: 0.95 },
    rssLoadMaxBytes: 300 * 1024 * 1024,
    ...overrides,
  });

  it("evaluates at the largest size, the build against the smallest", () => {
    const verdicts = evaluateTargets([
      row({
        size: 100_000,
        buildMs: 95_000,
        episodeFirstP95Ms: 51,
        importMs: 59_000,
        ratios: { episode: 0.89 },
      }),
      row({}),
    ]);
    const byName = Object.fromEntries(verdicts.map((verdict) => [verdict.name, verdict]));
    expect(verdicts.every((verdict) => verdict.size === 100_000 && verdict.atTargetSize)).toBe(true);
    expect(byName["next build time, 100000 over 56 episodes"]).toMatchObject({ value: 1.58, met: false });
    expect(byName["first request of an older episode page, p95 (ms)"]).toMatchObject({
      value: 51,
      met: false,
    });
    expect(byName["repeated episode requests/s over the prerendered page's"]).toMatchObject({ met: false });
    expect(byName["import time (s)"]).toMatchObject({ value: 59, met: true });
    expect(byName["server RSS under load (MB)"]).toMatchObject({ value: 300, met: true });
  });

  it("says not measured (null) where a figure is missing, and flags a run below the target size", () => {
    const verdicts = evaluateTargets([row({ buildMs: null, ratios: null, rssLoadMaxBytes: null })]);
    expect(verdicts.every((verdict) => !verdict.atTargetSize)).toBe(true);
    expect(verdicts.filter((verdict) => verdict.met === null).map((verdict) => verdict.name)).toEqual([
      "next build time, 56 over 56 episodes",
      "repeated requests/s over the prerendered page's",
      "server RSS under load (MB)",
    ]);
  });
});
