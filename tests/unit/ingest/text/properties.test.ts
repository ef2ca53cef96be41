import { readFileSync } from "node:fs";
import path from "node:path";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseSource } from "@/lib/ingest/text";
import { parseResultSchema } from "@/lib/catalog/schema";

const seeds = ["000_a73692b421beb85a.txt", "003_2286eee2839ae7ee.txt", "004_87154e9c1cfdff59.txt"].map(
  (file) => readFileSync(path.join(process.cwd(), "data/sources", file), "utf8"),
);

/** Pieces that stress the parser: timestamps, glue, URLs, bullets, blank lines. */
const fragment = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    "0:00",
    "1:02:03",
    "12:34",
    "99:59",
    "1820:00",
    "3:10 pm",
    "\n",
    "\n\n",
    "\r\n",
    "⁃",
    " - ",
    "https://",
    "http://x",
    "www.",
    ".com/",
    "https://oscourse.winktls",
    "ebookhttps://amzn.to/a",
    "MMU10:00",
    "PostgreSQL",
    "BSSHeap",
    "\uFEFF",
    "\u0000",
    "\ue000",
    "By Someone",
    "Listeners also like.",
    "Welcome to the show podcast",
    "(",
    ")",
    "#",
    "%",
  ),
);
const arbitraryText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join("")),
  fc
    .tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat(), fc.array(fragment, { maxLength: 10 }))
    .map(([seed, a, b, extra]) => {
      const start = a % seed.length;
      return seed.slice(start, start + (b % 3000)) + extra.join("");
    }),
);

describe("parseSource on arbitrary text", () => {
  it("never throws, and its output satisfies the schema's rules", () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const result = parseSource(text, "fuzz.txt");
        expect(parseResultSchema.safeParse(result).success).toBe(true);
        for (const episode of result.episodes) {
          episode.chapters.forEach((chapter, index) => {
            expect(Number.isInteger(chapter.start)).toBe(true);
            if (index > 0) expect(chapter.start).toBeGreaterThan(episode.chapters[index - 1]!.start);
          });
          for (const link of [...episode.links, ...(result.show?.links ?? [])]) {
            expect(() => new URL(link.url)).not.toThrow();
          }
        }
      }),
      { numRuns: 600, seed: 20261124 },
    );
  });

  it("keeps every word of a seed's descriptions and chapters somewhere", () => {
    // Nothing vanishes silently: each word of an episode line appears in the parsed output.
    const result = parseSource(seeds[0]!, "000.txt");
    const outputLetters = JSON.stringify(result.episodes).replace(/[^A-Za-z]/g, "");
    // Split the source at glue points too: "memoryAbstraction" may land in two fields.
    const words = seeds[0]!
      .split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?=https)/)
      .filter((word) => word.length > 3);
    expect(words.length).toBeGreaterThan(300);
    const missing = words.filter((word) => !outputLetters.includes(word));
    expect(missing).toEqual([]);
  });
});
