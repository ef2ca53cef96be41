// One-line dated episode lists (tests/fixtures/text/dated-list-*.txt): expected values read off the
// fixtures. Clock times ("3:10 PM") are the hour of publication, never chapters.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildFromInputs, loadCatalogInputs } from "@/lib/ingest/ensure";
import { parseSource } from "@/lib/ingest/text";
import { parseDatedLine } from "@/lib/ingest/text/dated-list";

const root = path.resolve(import.meta.dirname, "../../../..");
const fixture = (name: string) => readFileSync(path.join(root, "tests/fixtures/text", name), "utf8");

describe("parseDatedLine", () => {
  it("reads the date and the duration in minutes", () => {
    expect(parseDatedLine("Page Tables 15.12.2025 | 46 min.")).toEqual({
      title: "Page Tables",
      publishedAt: "2025-12-15",
      durationSeconds: 2760,
    });
    expect(parseDatedLine("Postgres 18 - December 3, 2025 · 41 min")).toEqual({
      title: "Postgres 18",
      publishedAt: "2025-12-03",
      durationSeconds: 2460,
    });
    expect(parseDatedLine("A title 2025-01-31 | 1 hr 5 min")).toMatchObject({ durationSeconds: 3900 });
    expect(parseDatedLine("Ein Titel 03.10.2025 | 1 Std. 2 min.")).toMatchObject({ durationSeconds: 3720 });
  });

  it("drops a clock time: it is neither a duration nor a chapter", () => {
    expect(parseDatedLine("Page Tables Dec 15th, 2025 3:10 PM")).toEqual({
      title: "Page Tables",
      publishedAt: "2025-12-15",
      durationSeconds: null,
    });
    expect(parseDatedLine("Page Tables Dec 15th, 2025 3:10 PM | 46 min.")).toMatchObject({
      durationSeconds: 2760,
    });
  });

  it("keeps an impossible date's title without a date, and ignores lines without a date", () => {
    expect(parseDatedLine("Foo 31.02.2025 | 4 min.")).toEqual({
      title: "Foo",
      publishedAt: null,
      durationSeconds: 240,
    });
    expect(parseDatedLine("Kernel level TLS")).toBeNull();
    expect(parseDatedLine("0:00 Intro")).toBeNull();
    expect(parseDatedLine("15.12.2025")).toBeNull();
  });
});

describe("parseSource on dated lists", () => {
  it("reads a European list with durations, a description line and a bad date", () => {
    const result = parseSource(fixture("dated-list-euro.txt"), "dated-list-euro.txt");
    expect(result.layout).toBe("dated-list");
    expect(
      result.episodes.map((episode) => [
        episode.title,
        episode.publishedAt,
        episode.durationSeconds,
        episode.durationPrecision,
        episode.source.line,
      ]),
    ).toEqual([
      ["Page Tables", "2025-12-15", 2760, "minute", 3],
      ["CPU and Kernel Page Faults", "2025-11-24", 2880, "minute", 4],
      ["MySQL is having a bumpy journey", "2024-07-12", 1980, "minute", 5],
      [
        "How Alt-Svc switches HTTP/2 clients to use HTTP/3 | The Backend Engineering Show",
        "2025-10-03",
        3720,
        "minute",
        7,
      ],
      ["Windows vs Linux Kernel", null, 1620, "minute", 8],
    ]);
    expect(result.episodes[2]!.description).toBe(
      "Why MySQL lost ground, what Oracle changed and what it means for your stack.",
    );
    expect(result.issues.map((issue) => [issue.line, issue.code])).toEqual([
      [8, "dated-list-bad-date"],
      [1, "boilerplate"],
    ]);
  });

  it("reads a US list with clock times, never as chapters, and chapter lines under an entry", () => {
    const result = parseSource(fixture("dated-list-us.txt"), "dated-list-us.txt");
    expect(result.layout).toBe("dated-list");
    expect(
      result.episodes.map((episode) => [episode.title, episode.publishedAt, episode.durationSeconds]),
    ).toEqual([
      ["Page Tables", "2025-12-15", null],
      ["Kernel level TLS", "2025-06-13", null],
      ["The genius of long polling", "2024-12-06", null],
      ["Zero-downtime deploys, explained", "2026-01-02", null],
    ]);
    expect(result.episodes.slice(0, 3).every((episode) => episode.chapters.length === 0)).toBe(true);
    expect(result.episodes[3]!.chapters.map((chapter) => [chapter.start, chapter.title])).toEqual([
      [0, "Intro"],
      [190, "Blue/green"],
      [750, "Draining connections"],
    ]);
  });
});

describe("a dated list in the catalog", () => {
  it("merges with the seed episodes; facts win, the list fills gaps with minute precision", () => {
    const seed = loadCatalogInputs({ sourcesDirs: [path.join(root, "data/sources")] });
    const base = buildFromInputs(seed);
    const catalog = buildFromInputs({
      ...seed,
      inputs: [...seed.inputs, { file: "dated-list-euro.txt", text: fixture("dated-list-euro.txt") }],
    });
    expect(catalog.episodes).toHaveLength(base.episodes.length);
    const bySlug = (slug: string) => catalog.episodes.find((episode) => episode.slug === slug)!;
    const before = base.episodes.find((episode) => episode.slug === "page-tables")!;
    expect(bySlug("page-tables")).toMatchObject({
      publishedAt: before.publishedAt,
      durationSeconds: before.durationSeconds,
    });
    expect(bySlug("mysql-is-having-a-bumpy-journey")).toMatchObject({
      publishedAt: "2024-07-12",
      durationSeconds: 1980,
      durationPrecision: "minute",
    });
  });
});
