// `catalog parse --explain` (lib/ingest/explain.ts): the summary of how a page was read, then every
// non-blank line with its role, episode and reason, on a small invented page.
import { describe, expect, it } from "vitest";
import { explainResult } from "@/lib/ingest/explain";
import { parseSource } from "@/lib/ingest/text";

const text = [
  "Garden Shed Science",
  "Up next",
  "",
  "May 2025",
  "Composting With Worms",
  "Red wigglers turn kitchen scraps into rich soil in a matter of weeks. We set up a worm bin in a shed and measure what comes out of it.",
  "41m 12s",
  "",
  "Apr 2025",
  "Saving Tomato Seeds",
  "Fermenting tomato seeds before drying them keeps disease away. A seed library volunteer shows the whole process, jar by jar.",
  "9m 38s",
].join("\n");

describe("explainResult", () => {
  it("prints the record shape, the show, each episode and each line's role with its line number", () => {
    const result = parseSource(text, "garden.txt");
    expect(explainResult(result, text, "sources/garden.txt", "garden-shed-science")).toEqual([
      "sources/garden.txt: layout record-shape — each record: date, title, description, duration",
      '  show: "Garden Shed Science" (catalog show: garden-shed-science)',
      "  episodes: 2; chrome lines left out: 1",
      "  #1 line 5: Composting With Worms — date 2025-05-01, duration 2472 s, 0 chapters, 0 links",
      "  #2 line 10: Saving Tomato Seeds — date 2025-04-01, duration 578 s, 0 chapters, 0 links",
      "  line  role         ep  text",
      "     1  header           Garden Shed Science  [the show's name]",
      "     2  chrome           Up next  [a heading or button between episodes]",
      "     4  date          1  May 2025",
      "     5  title         1  Composting With Worms",
      // A line longer than 72 characters is clipped with an ellipsis.
      "     6  description   1  Red wigglers turn kitchen scraps into rich soil in a matter of weeks. W…",
      "     7  duration      1  41m 12s",
      "     9  date          2  Apr 2025",
      "    10  title         2  Saving Tomato Seeds",
      "    11  description   2  Fermenting tomato seeds before drying them keeps disease away. A seed l…",
      "    12  duration      2  9m 38s",
    ]);
  });

  it("says when the page names no show and the layout gives no line roles", () => {
    const pairs = [
      "Composting With Worms",
      "Red wigglers turn kitchen scraps into rich soil in a matter of weeks.",
      "Saving Tomato Seeds",
      "Fermenting tomato seeds before drying them keeps disease away.",
    ].join("\n");
    const result = parseSource(pairs, "pairs.txt");
    expect(result.layout).toBe("title-description-pairs");
    expect(explainResult(result, pairs, "pairs.txt", null)).toEqual([
      "pairs.txt: layout title-description-pairs",
      "  show: not named on the page",
      "  episodes: 2; chrome lines left out: 0",
      "  #1 line 1: Composting With Worms — 0 chapters, 0 links",
      "  #2 line 3: Saving Tomato Seeds — 0 chapters, 0 links",
      "  (line roles are given for record-shaped pages; this layout reads lines by position)",
    ]);
  });
});
