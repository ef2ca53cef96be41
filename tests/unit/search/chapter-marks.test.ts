// Which chapters are listed under a found episode, from its highlighted chapters column. Chapter titles
// are the seed catalog's (All Postgres Locks Explained, CPU and Kernel Page Faults).
import { describe, expect, it } from "vitest";
import { CHAPTER_SEPARATOR, chaptersColumn, PART_SEPARATOR } from "@/lib/catalog/search-index";
import { matchingChapters, MAX_CHAPTERS, splitMarked } from "@/lib/search/chapter-marks";
import { MARK_CLOSE, MARK_OPEN, plainText } from "@/lib/search/highlight";

/** A chapters column with `words` marked wherever they are whole words, as highlight() would. */
function highlighted(chapters: { title: string; subpoints?: string; variants?: string }[], words: RegExp) {
  return chaptersColumn(chapters.map((chapter) => ({ subpoints: "", variants: "", ...chapter }))).replace(
    words,
    (word) => `${MARK_OPEN}${word}${MARK_CLOSE}`,
  );
}

const titles = (chapters: ReturnType<typeof matchingChapters>) =>
  chapters.map((chapter) => plainText(chapter.title));

describe("splitMarked", () => {
  it("closes a match that runs over a separator and reopens it after", () => {
    expect(splitMarked(`a ${MARK_OPEN}b${CHAPTER_SEPARATOR}c${MARK_CLOSE} d`, CHAPTER_SEPARATOR)).toEqual([
      `a ${MARK_OPEN}b${MARK_CLOSE}`,
      `${MARK_OPEN}c${MARK_CLOSE} d`,
    ]);
    expect(splitMarked("a|b", "|")).toEqual(["a", "b"]);
  });
});

describe("matchingChapters", () => {
  const locks = [
    "Intro",
    "What are Locks?",
    "Overview of Postgres Locks",
    "Table-Level Locks",
    "ACCESS EXCLUSIVE",
    "Table Lock Conflict Matrix",
    "Row-Level Locks",
    "Row Lock Conflict Matrix",
    "Page-Level Locks",
    "Deadlocks",
    "Advistory Locks",
    "Summary",
  ].map((title) => ({ title }));

  it("lists every matching chapter in time order when they fit", () => {
    const found = matchingChapters(highlighted(locks.slice(0, 5), /\b(?:Postgres|Locks)\b/g));
    expect(found.map((chapter) => chapter.position)).toEqual([1, 2, 3]);
    expect(titles(found)).toEqual(["What are Locks?", "Overview of Postgres Locks", "Table-Level Locks"]);
    expect(found[1]!.title).toEqual([
      { text: "Overview of ", marked: false },
      { text: "Postgres", marked: true },
      { text: " ", marked: false },
      { text: "Locks", marked: true },
    ]);
  });

  it("keeps the best when more match: most words, then the larger share of the title, in time order", () => {
    const found = matchingChapters(highlighted(locks, /\b(?:Postgres|Locks?)\b/g));
    expect(MAX_CHAPTERS).toBe(6);
    // Eight match; both Conflict Matrix chapters hold "lock" in a quarter of their titles and go.
    expect(titles(found)).toEqual([
      "What are Locks?",
      "Overview of Postgres Locks",
      "Table-Level Locks",
      "Row-Level Locks",
      "Page-Level Locks",
      "Advistory Locks",
    ]);
    expect(matchingChapters(highlighted(locks, /\bLocks?\b/g), 2).map((chapter) => chapter.position)).toEqual(
      [1, 10],
    );
  });

  it("leaves little words out of a title's share: What is a Page fault? is all page fault", () => {
    const faults = [
      "What is a Page fault?",
      "First access page fault",
      "Stack Expansion page fault",
      "CoW page fault",
      "Swap page fault",
      "File backed page fault",
      "Permission page fault",
    ].map((title) => ({ title }));
    const found = matchingChapters(highlighted(faults, /\b[Pp]age fault\b/g));
    expect(titles(found)).toContain("What is a Page fault?");
    expect(titles(found)).not.toContain("File backed page fault");
  });

  it("shows the sub-points around a match when the title has none, and nothing of the other spellings", () => {
    const subpoints = Array.from({ length: 30 }, (_, index) => `w${index}`).join(" ");
    const column = highlighted(
      [
        { title: "Virtual memory", subpoints: `Abstraction of physical memory. ${subpoints} Numa, kernel` },
        { title: "What is io_uring", variants: "what is io uring iouring" },
      ],
      /\b(?:Numa|iouring)\b/g,
    );
    const [memory, uring] = matchingChapters(column);
    expect(plainText(memory!.title)).toBe("Virtual memory");
    expect(memory!.snippet).toEqual([
      { text: "…w24 w25 w26 w27 w28 w29 ", marked: false },
      { text: "Numa", marked: true },
      { text: ", kernel", marked: false },
    ]);
    expect(uring).toMatchObject({
      position: 1,
      title: [{ text: "What is io_uring", marked: false }],
      snippet: null,
    });
  });

  it("finds nothing in an unmarked column or an episode without chapters", () => {
    expect(matchingChapters(chaptersColumn([{ title: "Intro", subpoints: "", variants: "" }]))).toEqual([]);
    expect(matchingChapters("")).toEqual([]);
    expect(PART_SEPARATOR).not.toBe(CHAPTER_SEPARATOR);
  });
});
