// Properties of parseSource over the layout corpus (tests/fixtures/layouts/), fixed fast-check seeds:
// pages with lines deleted, duplicated or inserted and cut short never make it throw, and every episode's
// chapters rise strictly and stay below its duration when one is known. Whole episode records of a page,
// split by hand below, can be shuffled without changing which episodes come out.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseSource } from "@/lib/ingest/text";
import type { ParseResult } from "@/lib/catalog/schema";

const layoutsDir = path.join(process.cwd(), "tests/fixtures/layouts");
const corpus = readdirSync(layoutsDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(path.join(layoutsDir, name), "utf8") }));
const corpusLines = corpus.flatMap(({ text }) => text.split("\n"));

/** Lines that look like parts of directory pages: clocks, durations, dates, widgets, bullets, cut links. */
const junkLine = fc.oneof(
  fc.constantFrom(
    "",
    "   ",
    "\t",
    "0:00",
    "00:00",
    "--:--",
    "12:34",
    "99:59 A late chapter",
    "1:02:03 Deep into the episode",
    "0:00 Intro2:00 Glued4:00 Chapters",
    "22m 55s",
    "59 min 24 sec",
    "Jul 15",
    "Published Jun 13, 2025, 00:22:55 long, audio available.",
    "Page Tables 15.12.2025 | 1 min.",
    "Kernel level TLS Dec 15th, 2025 3:10 PM",
    "May 30, 202019 min",
    "Show more",
    "...more",
    "  • 4.9",
    "⁃ ⁃",
    " * ",
    "E",
    "https://",
    "www.",
    "https://example.com/path",
    "Episode Date",
    "7 episodes",
  ),
  fc.string({ maxLength: 80 }),
  fc.constantFrom(...corpusLines),
);

type Mutation =
  | { kind: "delete"; at: number }
  | { kind: "duplicate"; at: number }
  | { kind: "insert"; at: number; line: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), line: junkLine }),
);

function mutate(text: string, mutations: Mutation[], cut: number | null): string {
  const lines = text.split("\n");
  for (const change of mutations) {
    const at = change.at % (lines.length + 1);
    if (change.kind === "delete") lines.splice(at, 1);
    else if (change.kind === "duplicate" && at < lines.length) lines.splice(at, 0, lines[at]!);
    else if (change.kind === "insert") lines.splice(at, 0, change.line);
  }
  const joined = lines.join("\n");
  // A copy that stops anywhere, mid-line or mid-word, as the corpus pages themselves do.
  return cut === null ? joined : joined.slice(0, cut % (joined.length + 1));
}

/**
 * The rules every parse result keeps: chapters strictly rising, and all before a known duration. A
 * duration of minute precision covers its whole minute: pod_casts_io's "29 minutes" episode has a
 * 29:30 chapter in the hand-checked truth.
 */
function expectChapterRules(result: ParseResult) {
  for (const episode of result.episodes) {
    const where = `${result.file} line ${episode.source.line}`;
    const end = episode.durationSeconds
      ? episode.durationSeconds + (episode.durationPrecision === "minute" ? 60 : 0)
      : null;
    episode.chapters.forEach((chapter, index) => {
      if (index > 0) expect(chapter.start, where).toBeGreaterThan(episode.chapters[index - 1]!.start);
      if (end !== null)
        expect(chapter.start, `${where}, duration ${episode.durationSeconds}`).toBeLessThan(end);
    });
  }
}

describe("parseSource on mutated corpus pages", () => {
  for (const { name, text } of corpus) {
    it(`${name}: never throws; chapters rise and stay inside the duration`, () => {
      fc.assert(
        fc.property(
          fc.array(mutation, { maxLength: 12 }),
          fc.option(fc.nat(), { freq: 3 }),
          (changes, cut) => {
            const result = parseSource(mutate(text, changes, cut), name);
            expectChapterRules(result);
          },
        ),
        { numRuns: 80, seed: 20261124 },
      );
    });
  }

  it("keeps chapters inside the duration on pages of dated entries mixed with corpus lines", () => {
    // Dated lines give episodes a duration ("| 1 min.": under 120 s); the chapter lines run past it.
    const datedEntry = fc
      .tuple(fc.constantFrom("Page Tables", "Kernel level TLS", "CPU faults"), fc.integer({ min: 1, max: 3 }))
      .map(([title, minutes]) => `${title} 15.12.2025 | ${minutes} min.`);
    const chapterLine = fc
      .tuple(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom("Intro", "More", ""),
      )
      .map(([minutes, seconds, title]) => `${minutes}:${String(seconds).padStart(2, "0")} ${title}`);
    const page = fc
      .array(
        fc.oneof({ weight: 3, arbitrary: datedEntry }, { weight: 3, arbitrary: chapterLine }, junkLine),
        {
          minLength: 2,
          maxLength: 30,
        },
      )
      .map((lines) => lines.join("\n"));
    let withDuration = 0;
    fc.assert(
      fc.property(page, (text) => {
        const result = parseSource(text, "dated.txt");
        expectChapterRules(result);
        if (result.episodes.some((episode) => episode.durationSeconds && episode.chapters.length > 0))
          withDuration += 1;
      }),
      { numRuns: 300, seed: 20261124 },
    );
    // The property was exercised, not vacuously true.
    expect(withDuration).toBeGreaterThan(10);
  });
});

/**
 * A page split into whole episode records by hand (1-based inclusive line ranges, read from the .txt and
 * its truth file): the page header stays first, a record the copy cut off stays last (a copy can only
 * end there), and the records between are joined by `separator` as on the page.
 */
type RecordSplit = {
  file: string;
  header: [number, number];
  records: [number, number][];
  trailer?: [number, number];
  separator: "\n" | "\n\n";
};

const splits: RecordSplit[] = [
  // Show header (language, category, price, "Acerca de", blurb), then title/description line pairs.
  {
    file: "podimo.txt",
    header: [1, 5],
    records: [
      [6, 7],
      [8, 9],
      [10, 11],
    ],
    separator: "\n",
  },
  // Untitled episodes; "E", "Jul 15", "59 min 24 sec" belong to the first one.
  {
    file: "spotify.txt",
    header: [1, 6],
    records: [
      [8, 14],
      [16, 16],
    ],
    separator: "\n\n",
  },
  // Title, date line, description; "Discussing Layer 7 Reverse " is cut by the copy end.
  {
    file: "pod_casts_io.txt",
    header: [1, 20],
    records: [
      [22, 26],
      [28, 32],
    ],
    trailer: [34, 34],
    separator: "\n\n",
  },
  // The web show page's episodes; the mobile episode page (from "logo", line 34) is a second page.
  {
    file: "anghami.txt",
    header: [1, 7],
    records: [
      [9, 11],
      [13, 15],
      [17, 19],
      [21, 28],
      [30, 32],
    ],
    trailer: [34, 57],
    separator: "\n\n",
  },
];

function assemble(text: string, split: RecordSplit, order: number[]): string {
  const lines = text.split("\n");
  const range = ([from, to]: [number, number]) => lines.slice(from - 1, to).join("\n");
  const parts = [
    range(split.header),
    ...order.map((index) => range(split.records[index]!)),
    ...(split.trailer ? [range(split.trailer)] : []),
  ];
  return parts.join(split.separator) + (text.endsWith("\n") ? "\n" : "");
}

/** The episodes as a sorted list of (title, chapter starts): what must not depend on record order. */
const episodeSet = (result: ParseResult) =>
  result.episodes
    .map((episode) => JSON.stringify([episode.title, episode.chapters.map((chapter) => chapter.start)]))
    .sort();

describe("parseSource on pages with their episode records shuffled", () => {
  for (const split of splits) {
    const text = readFileSync(path.join(layoutsDir, split.file), "utf8");
    const identity = split.records.map((_, index) => index);

    it(`${split.file}: the hand split covers the page exactly`, () => {
      expect(assemble(text, split, identity)).toBe(text);
    });

    it(`${split.file}: the same episodes come out in any record order`, () => {
      const expected = episodeSet(parseSource(text, split.file));
      const orders = fc.shuffledSubarray(identity, {
        minLength: identity.length,
        maxLength: identity.length,
      });
      fc.assert(
        fc.property(orders, (order) => {
          const shuffled = assemble(text, split, order);
          expect(episodeSet(parseSource(shuffled, split.file)), `record order ${order.join(",")}`).toEqual(
            expected,
          );
        }),
        { numRuns: 24, seed: 20261124 },
      );
    });
  }
});
