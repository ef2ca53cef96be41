import { describe, expect, it } from "vitest";
import {
  apiSearchHref,
  knownShow,
  knownTopic,
  MAX_QUERY_CHARS,
  parseSearchPageParams,
  searchHref,
} from "@/lib/search/params";

describe("parseSearchPageParams", () => {
  it("gives the start state for no params", () => {
    expect(parseSearchPageParams({})).toEqual({ q: "", topic: null, show: null, sort: "relevance", page: 1 });
  });

  it("reads the form's own values, trimming and collapsing whitespace in the query", () => {
    expect(
      parseSearchPageParams({
        q: "  postgres \n\t locks ",
        topic: "postgresql",
        show: "network-stack-radio",
        sort: "date",
        page: "3",
      }),
    ).toEqual({
      q: "postgres locks",
      topic: "postgresql",
      show: "network-stack-radio",
      sort: "date",
      page: 3,
    });
  });

  it("takes the last value of a repeated key, as the rewrite rules read it", () => {
    expect(
      parseSearchPageParams({
        q: ["kernel", "tlb"],
        topic: ["x", "linux-kernel"],
        show: ["y", "network-stack-radio"],
        sort: ["relevance", "date"],
        page: ["9", "2"],
      }),
    ).toEqual({ q: "tlb", topic: "linux-kernel", show: "network-stack-radio", sort: "date", page: 2 });
  });

  it.each([
    ["topic", "Not A Slug"],
    ["topic", "../etc/passwd"],
    ["topic", "a".repeat(65)],
    ["topic", ""],
    ["topic", "-leading"],
    ["show", "Network Stack Radio"],
    ["show", "../etc/passwd"],
    ["show", "a".repeat(201)],
    ["show", ""],
    ["show", "trailing-"],
  ] as const)("drops a junk %s=%j", (key, value) => {
    expect(parseSearchPageParams({ q: "tlb", [key]: value })[key]).toBeNull();
  });

  it.each(["newest", "", "DATE", "relevance "])("falls back to relevance for sort=%j", (sort) => {
    expect(parseSearchPageParams({ sort }).sort).toBe("relevance");
  });

  it.each(["-3", "0", "abc", "1e9", "2.5", "", " 2", "0x10", "9999999", "Infinity"])(
    "falls back to page 1 for page=%j",
    (page) => {
      expect(parseSearchPageParams({ page }).page).toBe(1);
    },
  );

  it("caps a huge query instead of failing", () => {
    const { q } = parseSearchPageParams({ q: "x".repeat(100_000) });
    expect(q).toHaveLength(MAX_QUERY_CHARS);
  });

  it("keeps hostile text as text (escaping is the search core's job)", () => {
    expect(parseSearchPageParams({ q: "'; DROP TABLE Episode; --" }).q).toBe("'; DROP TABLE Episode; --");
    expect(parseSearchPageParams({ q: '"page fault"' }).q).toBe('"page fault"');
  });

  it("treats an empty or whitespace query as no query, and ignores unknown keys", () => {
    expect(parseSearchPageParams({ q: "   ", utm_source: "x" })).toEqual(parseSearchPageParams({}));
    expect(parseSearchPageParams({ q: [] }).q).toBe("");
  });
});

describe("searchHref", () => {
  it("leaves defaults out, so each search has one URL", () => {
    expect(searchHref({})).toBe("/search");
    expect(searchHref({ q: "tlb", topic: null, show: null, sort: "relevance" })).toBe("/search?q=tlb");
    expect(
      searchHref({ q: "postgres locks", topic: "postgresql", show: "network-stack-radio", sort: "date" }, 2),
    ).toBe("/search?q=postgres+locks&topic=postgresql&show=network-stack-radio&sort=date&page=2");
  });

  it("encodes what needs encoding and round-trips through the parser", () => {
    const state = {
      q: '"page fault" & io/uring #1',
      topic: "memory-and-os",
      show: "the-backend-engineering-show",
      sort: "date" as const,
    };
    const href = searchHref(state, 3);
    const parsed = parseSearchPageParams(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(parsed).toEqual({ ...state, page: 3 });
  });

  it("gives the matching API request", () => {
    expect(apiSearchHref({ q: "tlb", topic: null, show: null, sort: "relevance" })).toBe("/api/search?q=tlb");
    expect(apiSearchHref({ q: "tlb", topic: "http", show: "network-stack-radio", sort: "date" }, 2)).toBe(
      "/api/search?q=tlb&topic=http&show=network-stack-radio&sort=date&page=2",
    );
  });
});

describe("knownTopic", () => {
  const topics = [{ slug: "postgresql" }, { slug: "linux-kernel" }];

  it("keeps a topic the catalog has", () => {
    const params = parseSearchPageParams({ q: "locks", topic: "postgresql", page: "2" });
    expect(knownTopic(params, topics)).toEqual({
      q: "locks",
      topic: "postgresql",
      show: null,
      sort: "relevance",
      page: 2,
    });
  });

  it("drops a well-formed slug that names no topic, so the URL is the unfiltered search's", () => {
    const params = knownTopic(parseSearchPageParams({ q: "locks", topic: "no-such-topic" }), topics);
    expect(params).toEqual({ q: "locks", topic: null, show: null, sort: "relevance", page: 1 });
    expect(searchHref(params)).toBe("/search?q=locks");
  });

  it("leaves no topic as no topic", () => {
    expect(knownTopic({ topic: null }, topics)).toEqual({ topic: null });
    expect(knownTopic({ topic: "postgresql" }, [])).toEqual({ topic: null });
  });
});

describe("knownShow", () => {
  const shows = [{ slug: "the-backend-engineering-show" }, { slug: "network-stack-radio" }];

  it("keeps a show the catalog has", () => {
    const params = parseSearchPageParams({ q: "fsync", show: "network-stack-radio" });
    expect(knownShow(params, shows)).toEqual({
      q: "fsync",
      topic: null,
      show: "network-stack-radio",
      sort: "relevance",
      page: 1,
    });
  });

  it("drops a well-formed slug that names no show, so the URL is the unfiltered search's", () => {
    const params = knownShow(parseSearchPageParams({ q: "fsync", show: "no-such-show" }), shows);
    expect(params.show).toBeNull();
    expect(searchHref(params)).toBe("/search?q=fsync");
  });

  it("leaves no show as no show", () => {
    expect(knownShow({ show: null }, shows)).toEqual({ show: null });
    expect(knownShow({ show: "network-stack-radio" }, [])).toEqual({ show: null });
  });
});
