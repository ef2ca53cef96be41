import { describe, expect, it } from "vitest";
import {
  EPISODE_API_DEFAULT_LIMIT,
  episodeListParamsSchema,
  parseApiParams,
  searchParamsSchema,
  unknownShowError,
  unknownTopicError,
} from "@/lib/feeds/api-params";

const episodes = (query: string) => parseApiParams(episodeListParamsSchema, new URLSearchParams(query));
const search = (query: string) => parseApiParams(searchParamsSchema, new URLSearchParams(query));

function errorOf(result: ReturnType<typeof episodes> | ReturnType<typeof search>, query: string) {
  if (result.ok) throw new Error(`expected ${query} to be rejected`);
  return result.error;
}

describe("parseApiParams: the rules every API shares", () => {
  it.each([
    ["episodes", "page=1&page=2", "page"],
    ["episodes", "limit=5&topic=http&limit=5", "limit"],
    ["search", "q=tls&q=postgres", "q"],
    ["search", "q=tlb&limit=1&limit=999", "limit"],
    ["search", "q=tlb&topic=http&topic=", "topic"],
    ["episodes", "show=a&show=b", "show"],
    ["search", "q=tlb&show=network-stack-radio&show=network-stack-radio", "show"],
  ] as const)("answers a repeated %s parameter (%s) with an error naming it", (api, query, parameter) => {
    const error = errorOf(api === "episodes" ? episodes(query) : search(query), query);
    expect(error).toEqual({ parameter, message: `${parameter} must be given at most once` });
  });

  it("ignores parameters it does not know, array-style keys included", () => {
    expect(episodes("utm_source=x&_=123&page[]=2")).toEqual({ ok: true, params: { page: 1, limit: 20 } });
    expect(search("q=tlb&x=1&q[]=kernel")).toMatchObject({ ok: true, params: { q: "tlb" } });
  });

  it("takes an empty or blank value as not given, as a form's empty field sends it", () => {
    expect(episodes("limit=&page=%20&show=&topic=&hasVideo=")).toEqual({
      ok: true,
      params: { page: 1, limit: 20 },
    });
    expect(search("q=tlb&limit=&page=&show=&topic=&sort=")).toEqual({
      ok: true,
      params: { q: "tlb", limit: 20, page: 1, sort: "relevance" },
    });
    expect(errorOf(search("q=%20%20"), "q=%20%20")).toEqual({ parameter: "q", message: "q is required" });
  });

  it("names an unknown topic the same way for every API", () => {
    expect(unknownTopicError("no-such-topic")).toEqual({
      parameter: "topic",
      message: 'topic "no-such-topic" does not exist (see /api/topics)',
    });
  });

  it("names an unknown show the same way for every API", () => {
    expect(unknownShowError("no-such-show")).toEqual({
      parameter: "show",
      message: 'show "no-such-show" does not exist (see /api/shows)',
    });
  });
});

describe("GET /api/episodes parameters", () => {
  it("defaults to the first page of 20", () => {
    expect(episodes("")).toEqual({ ok: true, params: { page: 1, limit: EPISODE_API_DEFAULT_LIMIT } });
    expect(EPISODE_API_DEFAULT_LIMIT).toBe(20);
  });

  it("reads every parameter", () => {
    expect(
      episodes(
        "page=2&limit=100&show=network-stack-radio&topic=postgresql&hasVideo=true&from=2024-01-01&to=2024-12-31",
      ),
    ).toEqual({
      ok: true,
      params: {
        page: 2,
        limit: 100,
        show: "network-stack-radio",
        topic: "postgresql",
        hasVideo: true,
        from: "2024-01-01",
        to: "2024-12-31",
      },
    });
    expect(episodes("hasVideo=false")).toEqual({ ok: true, params: { page: 1, limit: 20, hasVideo: false } });
    expect(episodes("from=2024-02-29&to=2024-02-29")).toMatchObject({ ok: true });
  });

  it.each([
    ["limit=abc", "limit"],
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=-1", "limit"],
    ["limit=1.5", "limit"],
    ["limit=%201", "limit"],
    ["limit=1e2", "limit"],
    ["limit=99999999999999999999", "limit"],
    ["page=0", "page"],
    ["page=two", "page"],
    ["page=1000001", "page"],
    ["hasVideo=yes", "hasVideo"],
    ["hasVideo=TRUE", "hasVideo"],
    ["hasVideo=1", "hasVideo"],
    ["topic=PostgreSQL", "topic"],
    ["topic=postgres%20ql", "topic"],
    ["topic=' OR 1=1 --", "topic"],
    [`topic=${"a".repeat(65)}`, "topic"],
    ["show=Network%20Stack%20Radio", "show"],
    ["show=../etc", "show"],
    ["show=-radio", "show"],
    [`show=${"a".repeat(201)}`, "show"],
    ["from=2024-13-01", "from"],
    ["from=2023-02-29", "from"],
    ["from=24-01-01", "from"],
    ["from=2024-1-1", "from"],
    ["to=yesterday", "to"],
    ["to=2024-01-01T00:00:00Z", "to"],
    ["from=2025-01-01&to=2024-01-01", "to"],
  ])("rejects %s naming %s", (query, parameter) => {
    const error = errorOf(episodes(query), query);
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(new RegExp(`^${parameter} `));
  });

  it("names limit in a readable message", () => {
    expect(errorOf(episodes("limit=abc"), "limit=abc")).toEqual({
      parameter: "limit",
      message: "limit must be a whole number",
    });
    expect(errorOf(episodes("limit=500"), "limit=500")).toEqual({
      parameter: "limit",
      message: "limit must be between 1 and 100",
    });
  });
});

describe("GET /api/search parameters", () => {
  it("fills defaults", () => {
    expect(search("q=tlb")).toEqual({
      ok: true,
      params: { q: "tlb", sort: "relevance", limit: 20, page: 1 },
    });
  });

  it("reads every parameter, normalising the query's whitespace", () => {
    expect(
      search("q=io++uring%0A&show=the-backend-engineering-show&topic=linux-kernel&sort=date&limit=5&page=2"),
    ).toEqual({
      ok: true,
      params: {
        q: "io uring",
        show: "the-backend-engineering-show",
        topic: "linux-kernel",
        sort: "date",
        limit: 5,
        page: 2,
      },
    });
  });

  it("caps a large limit at 50 rather than failing", () => {
    for (const limit of ["51", "500", "99999999999999999999999"]) {
      expect(search(`q=tlb&limit=${limit}`)).toMatchObject({ ok: true, params: { limit: 50 } });
    }
  });

  it.each([
    ["", "q"],
    ["q=", "q"],
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
    ["q=tlb&show=Some%20Show", "show"],
    ["q=tlb&show=%27%3B%20DROP", "show"],
    ["q=tlb&sort=newest", "sort"],
  ])("rejects %j naming %s", (query, parameter) => {
    const error = errorOf(search(query), query);
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(new RegExp(`^${parameter} `));
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
      expect(search(new URLSearchParams({ q }).toString())).toMatchObject({ ok: true, params: { q } });
    }
  });
});
