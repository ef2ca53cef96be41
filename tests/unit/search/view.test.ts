import { describe, expect, it } from "vitest";
import { toMarkedHtml, type Highlighted } from "@/lib/search/search";
import { describeOutcome, fromApiResult, parseMarkedHtml, type SearchOutcomeView } from "@/lib/search/view";

describe("parseMarkedHtml", () => {
  it("reads marks and entities", () => {
    expect(parseMarkedHtml("a <mark>b&#38;c</mark> &lt;d&gt;")).toEqual([
      { text: "a ", marked: false },
      { text: "b&c", marked: true },
      { text: " <d>", marked: false },
    ]);
  });

  it("round-trips toMarkedHtml, markup-like text staying text", () => {
    const parts: Highlighted = [
      { text: "<script>alert('x')</script> & ", marked: false },
      { text: "<mark>", marked: true },
      { text: ' "quoted" &#38; 😀', marked: false },
    ];
    expect(parseMarkedHtml(toMarkedHtml(parts))).toEqual(parts);
  });
});

describe("fromApiResult", () => {
  it("names topics from the page's list and parses highlights", () => {
    const view = fromApiResult(
      {
        slug: "page-tables",
        title: "Page Tables",
        url: "/episodes/page-tables",
        score: 11.7,
        snippet: "Page tables",
        topics: ["memory-and-os", "unknown"],
        publishedAt: "2025-12-15T00:00:00.000Z",
        chapters: [
          {
            startSeconds: 1980,
            title: "TLB",
            titleHtml: "<mark>TLB</mark>",
            snippet: null,
            url: "/episodes/page-tables?t=1980",
          },
        ],
      },
      new Map([["memory-and-os", "Memory and OS internals"]]),
    );
    expect(view.topics).toEqual([
      { slug: "memory-and-os", name: "Memory and OS internals" },
      { slug: "unknown", name: "unknown" },
    ]);
    expect(view.chapters[0]?.title).toEqual([{ text: "TLB", marked: true }]);
  });
});

describe("describeOutcome", () => {
  const base: Extract<SearchOutcomeView, { kind: "results" }> = {
    kind: "results",
    typed: "kernal",
    query: "kernel",
    state: { q: "kernal", topic: null, sort: "relevance" },
    topic: null,
    total: 11,
    page: 1,
    pageCount: 1,
    results: [],
    suggestion: "kernel",
    corrected: true,
  };

  it("says what the results are for", () => {
    expect(describeOutcome(base)).toBe("11 episodes for “kernel”. No results for “kernal”.");
    expect(
      describeOutcome({
        ...base,
        typed: "TLB",
        query: "tlb",
        total: 1,
        corrected: false,
        suggestion: null,
        topic: { slug: "x", name: "Memory" },
      }),
    ).toBe("1 episode for “TLB” in Memory");
    expect(describeOutcome({ kind: "start" })).toBe("");
  });
});
