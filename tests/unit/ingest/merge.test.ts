// Merging one episode's publication date from several sources: each keeps how precisely it knows the
// date, the more precise date wins, and of two as precise the first source's stays. And when the same
// description is the same episode: across files, never for two titles one file lists apart.
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

describe("mergeParsed: one description under two titles", () => {
  const talk =
    "A retired engineer explains the machinery behind fog horns, bells and sirens, and how ships found the coast before radar.";
  const entry = (file: string, line: number, title: string | null): ParsedEpisode => ({
    title,
    description: talk,
    chapters: [],
    links: [],
    source: { file, line },
  });
  const file = (name: string, ...episodes: ParsedEpisode[]): ParseResult => ({
    file: name,
    layout: "record-shape",
    show: null,
    episodes,
    boilerplateLines: 0,
    issues: [],
  });

  it("keeps two titles one file lists with the same description as two episodes", () => {
    const { episodes, mergedDuplicates } = mergeParsed([
      file("a.txt", entry("a.txt", 3, "Fog Signals Explained"), entry("a.txt", 9, "How Fog Horns Work")),
    ]);
    expect(mergedDuplicates).toBe(0);
    expect(episodes.map((episode) => [episode.title, episode.sources])).toEqual([
      ["Fog Signals Explained", [{ file: "a.txt", line: 3 }]],
      ["How Fog Horns Work", [{ file: "a.txt", line: 9 }]],
    ]);
  });

  it("merges the same description across two files, whatever the titles", () => {
    const { episodes, mergedDuplicates } = mergeParsed([
      file("a.txt", entry("a.txt", 3, "Fog Signals Explained")),
      file("b.txt", entry("b.txt", 5, "How Fog Horns Work")),
    ]);
    expect(mergedDuplicates).toBe(1);
    expect(episodes.map((episode) => [episode.title, episode.sources])).toEqual([
      [
        "Fog Signals Explained",
        [
          { file: "a.txt", line: 3 },
          { file: "b.txt", line: 5 },
        ],
      ],
    ]);
  });

  it("still merges an untitled entry of the same file into a titled one by its description", () => {
    const { episodes, mergedDuplicates } = mergeParsed([
      file("a.txt", entry("a.txt", 3, "Fog Signals Explained"), entry("a.txt", 9, null)),
    ]);
    expect(mergedDuplicates).toBe(1);
    expect(episodes.map((episode) => episode.title)).toEqual(["Fog Signals Explained"]);
  });

  it("keeps the apart-listed pair apart when another file repeats one of them", () => {
    const { episodes } = mergeParsed([
      file("a.txt", entry("a.txt", 3, "Fog Signals Explained"), entry("a.txt", 9, "How Fog Horns Work")),
      file("b.txt", entry("b.txt", 5, "Fog Signals Explained")),
    ]);
    expect(episodes.map((episode) => [episode.title, episode.sources.map((source) => source.file)])).toEqual([
      ["Fog Signals Explained", ["a.txt", "b.txt"]],
      ["How Fog Horns Work", ["a.txt"]],
    ]);
  });
});
