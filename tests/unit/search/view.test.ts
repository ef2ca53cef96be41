import { describe, expect, it } from "vitest";
import { parseMarkedHtml } from "@/lib/search/highlight";
import type { SearchResponse } from "@/lib/search/types";
import {
  describeOutcome,
  fromApiResult,
  toOutcomeView,
  toResultView,
  toSearchApiResponse,
  type SearchOutcomeView,
} from "@/lib/search/view";

const tlbResponse: SearchResponse = {
  query: "tlb",
  total: 1,
  page: 1,
  pageCount: 1,
  match: "all",
  results: [
    {
      show: { slug: "the-backend-engineering-show", name: "The Backend Engineering Show" },
      slug: "page-tables",
      title: "Page Tables",
      url: "/shows/the-backend-engineering-show/page-tables",
      score: 11.7,
      snippet: [
        { text: "Why the ", marked: false },
        { text: "TLB", marked: true },
        { text: " & caches", marked: false },
      ],
      topics: [{ slug: "memory-and-os", name: "Memory and OS internals" }],
      publishedAt: new Date("2025-12-15T00:00:00.000Z"),
      publishedPrecision: "day",
      durationSeconds: 2700,
      youtubeId: null,
      audioUrl: "https://audio.example.org/page-tables.mp3",
      chapters: [
        {
          startSeconds: 1200,
          title: [{ text: "Caches", marked: false }],
          snippet: [
            { text: "<L1> and the ", marked: false },
            { text: "tlb", marked: true },
          ],
          url: "/shows/the-backend-engineering-show/page-tables?t=1200",
        },
      ],
    },
  ],
};

describe("toSearchApiResponse", () => {
  it("answers highlights as escaped <mark> HTML, topics by slug and dates as ISO text", () => {
    const api = toSearchApiResponse(tlbResponse);
    expect(api).toMatchObject({ query: "tlb", total: 1, page: 1, pageCount: 1 });
    expect(api.results[0]).toMatchObject({
      show: { slug: "the-backend-engineering-show", name: "The Backend Engineering Show" },
      url: "/shows/the-backend-engineering-show/page-tables",
      snippet: "Why the <mark>TLB</mark> &#38; caches",
      topics: ["memory-and-os"],
      publishedAt: "2025-12-15T00:00:00.000Z",
      publishedPrecision: "day",
      youtubeId: null,
      audioUrl: "https://audio.example.org/page-tables.mp3",
    });
    expect(api.results[0]?.chapters).toEqual([
      {
        startSeconds: 1200,
        title: "Caches",
        titleHtml: "Caches",
        snippet: "&#60;L1&#62; and the <mark>tlb</mark>",
        url: "/shows/the-backend-engineering-show/page-tables?t=1200",
      },
    ]);
  });

  it("says whether every result has every word, through the island's view too", () => {
    expect(toSearchApiResponse(tlbResponse).match).toBe("all");
    const anyWord = toSearchApiResponse({ ...tlbResponse, query: "redis tlb", match: "any" });
    expect(anyWord.match).toBe("any");
    const state = { q: "redis tlb", topic: null, show: null, sort: "relevance" as const };
    const view = toOutcomeView(anyWord, [], { typed: "redis tlb", state, topic: null, show: null });
    expect(view).toMatchObject({ kind: "results", match: "any", query: "redis tlb" });
  });

  it("names a correction only when there is one", () => {
    const corrected = toSearchApiResponse({ ...tlbResponse, suggestion: "tlb", corrected: true });
    expect(corrected).toMatchObject({ suggestion: "tlb", corrected: true });
    expect(toSearchApiResponse(tlbResponse)).not.toHaveProperty("corrected");
    expect(toSearchApiResponse(tlbResponse)).not.toHaveProperty("suggestion");
  });

  it("is read back by the island into the view the server renders", () => {
    const topicNames = new Map([["memory-and-os", "Memory and OS internals"]]);
    const [api] = toSearchApiResponse(tlbResponse).results;
    const [hit] = tlbResponse.results;
    expect(fromApiResult(api!, topicNames)).toEqual(toResultView(hit!));
    expect(parseMarkedHtml(api!.snippet)).toEqual(hit!.snippet);
  });

  it("keeps a date known only to the month as such, both ways", () => {
    const [hit] = tlbResponse.results;
    const monthly = {
      ...hit!,
      publishedAt: new Date("2025-05-01T00:00:00Z"),
      publishedPrecision: "month" as const,
    };
    const [api] = toSearchApiResponse({ ...tlbResponse, results: [monthly] }).results;
    expect([api!.publishedAt, api!.publishedPrecision]).toEqual(["2025-05-01T00:00:00.000Z", "month"]);
    expect(fromApiResult(api!, new Map()).publishedPrecision).toBe("month");
  });

  it("carries what the episode plays from to the island, so its hits say how they play", () => {
    const [hit] = tlbResponse.results;
    const video = { ...hit!, youtubeId: "yGjGc21mmoU", audioUrl: null };
    const [api] = toSearchApiResponse({ ...tlbResponse, results: [video] }).results;
    expect([api!.youtubeId, api!.audioUrl]).toEqual(["yGjGc21mmoU", null]);
    const view = fromApiResult(api!, new Map());
    expect([view.youtubeId, view.audioUrl]).toEqual(["yGjGc21mmoU", null]);
    expect(toResultView(video)).toMatchObject({ youtubeId: "yGjGc21mmoU", audioUrl: null });
  });
});

describe("fromApiResult", () => {
  it("names topics from the page's list, by slug where the list lacks one, and parses highlights", () => {
    const [api] = toSearchApiResponse(tlbResponse).results;
    const view = fromApiResult(
      { ...api!, topics: ["memory-and-os", "unknown"] },
      new Map([["memory-and-os", "Memory and OS internals"]]),
    );
    expect(view.topics).toEqual([
      { slug: "memory-and-os", name: "Memory and OS internals" },
      { slug: "unknown", name: "unknown" },
    ]);
    expect(view.chapters[0]?.snippet).toEqual([
      { text: "<L1> and the ", marked: false },
      { text: "tlb", marked: true },
    ]);
  });
});

describe("describeOutcome", () => {
  const base: Extract<SearchOutcomeView, { kind: "results" }> = {
    kind: "results",
    typed: "kernal",
    query: "kernel",
    state: { q: "kernal", topic: null, show: null, sort: "relevance" },
    topic: null,
    show: null,
    total: 11,
    page: 1,
    pageCount: 1,
    results: [],
    match: "all",
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
    expect(
      describeOutcome({
        ...base,
        typed: "fsync",
        query: "fsync",
        total: 2,
        corrected: false,
        suggestion: null,
        topic: { slug: "x", name: "Storage" },
        show: { slug: "network-stack-radio", name: "Network Stack Radio" },
      }),
    ).toBe("2 episodes for “fsync” in Storage from Network Stack Radio");
    expect(describeOutcome({ kind: "start" })).toBe("");
  });

  it("says when no episode has every word and the results have some of them", () => {
    const anyWord = {
      ...base,
      typed: "redis kernel",
      query: "redis kernel",
      corrected: false,
      suggestion: null,
    };
    expect(describeOutcome({ ...anyWord, match: "any" })).toBe(
      "No episode has all of “redis kernel”: 11 episodes with some of its words",
    );
    expect(describeOutcome({ ...anyWord, match: "any", typed: "redis kernal", corrected: true })).toBe(
      "No episode has all of “redis kernel”: 11 episodes with some of its words. No results for “redis kernal”.",
    );
  });
});
