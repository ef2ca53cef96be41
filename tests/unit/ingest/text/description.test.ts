// The label a site prints after each episode's text ("… stands. Show more"), found from the page's own
// repetition: a line of its own among the episodes that also ends most episodes' last lines.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSource } from "@/lib/ingest/text";
import { cutTailLabel, repeatedTailLabel } from "@/lib/ingest/text/description";

const lastLines = [
  "Marisa finally reaches the deckhand. [00:00] Recap [31:50] A second passenger Show more",
  "Case files and photos: https://coldfilespod.com/ferry Show more",
  "A short update on where the investigation stands. Show more",
  "48:10 What the family knows now",
];

describe("repeatedTailLabel", () => {
  it("finds a label that stands alone on the page and ends most episodes' text", () => {
    expect(repeatedTailLabel(lastLines, ["The Lakeside Motel", "Show more", "Load more"])).toBe("Show more");
  });

  it("finds none when the words never stand alone on a line", () => {
    expect(repeatedTailLabel(lastLines, ["The Lakeside Motel", "Load more"])).toBeNull();
  });

  it("finds none when fewer than two episodes, or fewer than half, end with it", () => {
    expect(repeatedTailLabel([lastLines[0]!, "Plain text.", "More text."], ["Show more"])).toBeNull();
    expect(repeatedTailLabel([...lastLines.slice(0, 2), "One.", "Two.", "Three."], ["Show more"])).toBeNull();
  });

  it("takes no sentence, lower-case line or line with digits for a label", () => {
    const signedOff = ["First story. Thanks for listening.", "Second story. Thanks for listening."];
    expect(repeatedTailLabel(signedOff, ["Thanks for listening."])).toBeNull();
    expect(repeatedTailLabel(["A story show more", "Another show more"], ["show more"])).toBeNull();
    expect(repeatedTailLabel(["A story Part 2", "Another Part 2"], ["Part 2"])).toBeNull();
  });
});

describe("cutTailLabel", () => {
  it("cuts the label after a space, and empties a line that is only the label", () => {
    expect(cutTailLabel("… where the investigation stands. Show more", "Show more")).toBe(
      "… where the investigation stands.",
    );
    expect(cutTailLabel("  Show more", "Show more")).toBe("");
  });

  it("leaves a line alone when the words are glued to the text before them", () => {
    const line = "A second passengerShow more";
    expect(cutTailLabel(line, "Show more")).toBe(line);
  });
});

describe("parseSource on a page whose every episode ends with the site's button", () => {
  // tests/fixtures/layouts-blind/tunein.txt: "Show more" ends lines 25, 29 and 34 and stands alone on 43.
  const page = readFileSync(
    path.resolve(import.meta.dirname, "../../../fixtures/layouts-blind/tunein.txt"),
    "utf8",
  );
  const parsed = parseSource(page, "tunein.txt");

  it("leaves the label out of descriptions and the last chapter's title, and says so per line", () => {
    expect(parsed.episodes.map((episode) => episode.description.endsWith("Show more"))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(parsed.episodes[0]!.chapters.at(-1)).toMatchObject({ start: 1910, title: "A second passenger" });
    expect(parsed.episodes[1]!.description).toMatch(/photos: https:\/\/coldfilespod\.com\/ferry$/);
    expect(
      parsed.issues.filter((issue) => issue.message.includes('"Show more" label')).map((issue) => issue.line),
    ).toEqual([25, 29, 34]);
  });
});
