// Merging one episode's publication date from several sources: each keeps how precisely it knows the
// date, the more precise date wins, and of two as precise the first source's stays.
import { describe, expect, it } from "vitest";
import type { DatePrecision, Layout, ParsedEpisode, ParseResult } from "@/lib/catalog/schema";
import { mergeParsed } from "@/lib/ingest/merge";

const description = "Page tables map virtual addresses to physical ones, and the TLB caches them.";

/** One source file listing "Page Tables" with the given date. */
function source(
  file: string,
  publishedAt: string | null,
  publishedPrecision?: DatePrecision | null,
  layout: Layout = "directory",
): ParseResult {
  const episode: ParsedEpisode = {
    title: "Page Tables",
    description,
    chapters: [],
    links: [],
    source: { file, line: 3 },
    publishedAt,
    ...(publishedPrecision === undefined ? {} : { publishedPrecision }),
  };
  return { file, layout, show: null, episodes: [episode], boilerplateLines: 0, issues: [] };
}

const dateOf = (...results: ParseResult[]) => {
  const { episodes, mergedDuplicates } = mergeParsed(results);
  expect([episodes.length, mergedDuplicates]).toEqual([1, results.length - 1]);
  return [episodes[0]!.publishedAt, episodes[0]!.publishedPrecision];
};

describe("mergeParsed: publication dates", () => {
  it("keeps a single source's date with its precision", () => {
    expect(dateOf(source("a.txt", "2025-05-01", "month"))).toEqual(["2025-05-01", "month"]);
    expect(dateOf(source("a.txt", "2024-01-01", "year"))).toEqual(["2024-01-01", "year"]);
    expect(dateOf(source("a.txt", null))).toEqual([null, null]);
  });

  it("reads a date given without a precision (the dated-list layout) as a day", () => {
    expect(dateOf(source("a.txt", "2025-12-15", undefined, "dated-list"))).toEqual(["2025-12-15", "day"]);
    expect(dateOf(source("a.txt", "2025-12-15", null, "dated-list"))).toEqual(["2025-12-15", "day"]);
  });

  it("takes the more precise date, whichever source comes first", () => {
    // "May 2025" on one page, "May 13, 2025" on another.
    expect(dateOf(source("a.txt", "2025-05-01", "month"), source("b.txt", "2025-05-13", "day"))).toEqual([
      "2025-05-13",
      "day",
    ]);
    expect(dateOf(source("a.txt", "2025-05-13", "day"), source("b.txt", "2025-05-01", "month"))).toEqual([
      "2025-05-13",
      "day",
    ]);
    expect(dateOf(source("a.txt", "2025-01-01", "year"), source("b.txt", "2025-05-01", "month"))).toEqual([
      "2025-05-01",
      "month",
    ]);
    expect(
      dateOf(
        source("a.txt", "2025-01-01", "year"),
        source("b.txt", "2025-05-01", "month"),
        source("c.txt", "2025-05-13", undefined, "dated-list"),
      ),
    ).toEqual(["2025-05-13", "day"]);
  });

  it("keeps the first of two equally precise dates", () => {
    expect(dateOf(source("a.txt", "2025-05-01", "month"), source("b.txt", "2025-06-01", "month"))).toEqual([
      "2025-05-01",
      "month",
    ]);
    expect(dateOf(source("a.txt", "2025-05-13", "day"), source("b.txt", "2025-05-14", "day"))).toEqual([
      "2025-05-13",
      "day",
    ]);
  });

  it("fills a missing date from a later source, and never loses one to a source without", () => {
    expect(dateOf(source("a.txt", null), source("b.txt", "2024-01-01", "year"))).toEqual([
      "2024-01-01",
      "year",
    ]);
    expect(dateOf(source("a.txt", "2024-01-01", "year"), source("b.txt", null))).toEqual([
      "2024-01-01",
      "year",
    ]);
  });

  it("lets a feed's pubDate (a day) make a page's month precise", () => {
    const feed = source("show.xml", "2025-05-13", "day", "rss");
    expect(dateOf(source("a.txt", "2025-05-01", "month"), feed)).toEqual(["2025-05-13", "day"]);
  });
});
