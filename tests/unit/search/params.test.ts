import { describe, expect, it } from "vitest";
import {
  apiSearchHref,
  MAX_QUERY_CHARS,
  parseApiSearchParams,
  parseSearchPageParams,
  searchHref,
} from "@/lib/search/params";

const api = (query: string) => parseApiSearchParams(new URLSearchParams(query));

describe("parseSearchPageParams", () => {
  it("gives the start state for no params", () => {
    expect(parseSearchPageParams({})).toEqual({ q: "", topic: null, sort: "relevance", page: 1 });
  });

  it("reads the form's own values, trimming and collapsing whitespace in the query", () => {
    expect(
      parseSearchPageParams({ q: "  postgres \n\t locks ", topic: "postgresql", sort: "date", page: "3" }),
    ).toEqual({ q: "postgres locks", topic: "postgresql", sort: "date", page: 3 });
  });

  it("takes the first value of a repeated key", () => {
    expect(
      parseSearchPageParams({
        q: ["tlb", "kernel"],
        topic: ["linux-kernel", "x"],
        sort: ["date", "relevance"],
        page: ["2", "9"],
      }),
    ).toEqual({ q: "tlb", topic: "linux-kernel", sort: "date", page: 2 });
  });

  it.each([
    ["topic", "Not A Slug"],
    ["topic", "../etc/passwd"],
    ["topic", "a".repeat(65)],
    ["topic", ""],
    ["topic", "-leading"],
  ])("drops a junk %s=%j", (key, value) => {
    expect(parseSearchPageParams({ q: "tlb", [key]: value }).topic).toBeNull();
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
    expect(searchHref({ q: "tlb", topic: null, sort: "relevance" })).toBe("/search?q=tlb");
    expect(searchHref({ q: "postgres locks", topic: "postgresql", sort: "date" }, 2)).toBe(
      "/search?q=postgres+locks&topic=postgresql&sort=date&page=2",
    );
  });

  it("encodes what needs encoding and round-trips through the parser", () => {
    const state = { q: '"page fault" & io/uring #1', topic: "memory-and-os", sort: "date" as const };
    const href = searchHref(state, 3);
    const parsed = parseSearchPageParams(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(parsed).toEqual({ ...state, page: 3 });
  });

  it("gives the matching API request", () => {
    expect(apiSearchHref({ q: "tlb", topic: null, sort: "relevance" })).toBe("/api/search?q=tlb");
    expect(apiSearchHref({ q: "tlb", topic: "http", sort: "date" }, 2)).toBe(
      "/api/search?q=tlb&topic=http&sort=date&page=2",
    );
  });
});

describe("parseApiSearchParams", () => {
  it("fills defaults", () => {
    expect(api("q=tlb")).toEqual({
      ok: true,
      value: { q: "tlb", topic: null, sort: "relevance", limit: 20, page: 1 },
    });
  });

  it("reads every parameter, first value of repeats, ignoring unknown ones", () => {
    expect(api("q=io+uring&q=other&topic=linux-kernel&sort=date&limit=5&page=2&x=1")).toEqual({
      ok: true,
      value: { q: "io uring", topic: "linux-kernel", sort: "date", limit: 5, page: 2 },
    });
  });

  it("caps a large limit at 50 rather than failing", () => {
    for (const limit of ["51", "500", "99999999999999999999999"]) {
      expect(api(`q=tlb&limit=${limit}`)).toMatchObject({ ok: true, value: { limit: 50 } });
    }
  });

  it("treats empty optional parameters as not given", () => {
    expect(api("q=tlb&limit=&page=&topic=&sort=")).toMatchObject({ ok: true, value: { limit: 20, page: 1 } });
  });

  it.each([
    ["", "q"],
    ["q=", "q"],
    ["q=%20%20", "q"],
    [`q=${"x".repeat(1001)}`, "q"],
    ["q=tlb&limit=abc", "limit"],
    ["q=tlb&limit=0", "limit"],
    ["q=tlb&limit=-1", "limit"],
    ["q=tlb&limit=2.5", "limit"],
    ["q=tlb&limit=1e3", "limit"],
    ["q=tlb&page=0", "page"],
    ["q=tlb&page=abc", "page"],
    ["q=tlb&page=1234567", "page"],
    ["q=tlb&topic=Bad%20Slug", "topic"],
    ["q=tlb&topic=%27%3B%20DROP", "topic"],
    ["q=tlb&sort=newest", "sort"],
  ])("rejects %j naming %s", (query, parameter) => {
    const result = api(query);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.parameter).toBe(parameter);
      expect(result.error.message).toMatch(new RegExp(`^${parameter} `));
    }
  });

  it("accepts hostile query text (it is only ever searched for as text)", () => {
    for (const q of [
      '"',
      "*",
      "(",
      "AND",
      "NEAR(a b)",
      "col:term",
      "'; DROP TABLE Episode; --",
      "😀",
      "\u0000",
    ]) {
      expect(api(new URLSearchParams({ q }).toString())).toMatchObject({ ok: true, value: { q } });
    }
  });
});
