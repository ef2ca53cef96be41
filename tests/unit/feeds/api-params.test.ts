import { describe, expect, it } from "vitest";
import { DEFAULT_LIMIT, parseEpisodeListParams } from "@/lib/feeds/api-params";

function parse(query: string) {
  return parseEpisodeListParams(new URLSearchParams(query));
}

function errorOf(query: string) {
  const result = parse(query);
  if (result.ok) throw new Error(`expected ${query} to be rejected`);
  return result.error;
}

describe("parseEpisodeListParams", () => {
  it("defaults to the first page of 20", () => {
    expect(parse("")).toEqual({ ok: true, params: { page: 1, limit: DEFAULT_LIMIT } });
    expect(DEFAULT_LIMIT).toBe(20);
  });

  it("reads every parameter", () => {
    expect(parse("page=2&limit=100&topic=postgresql&hasVideo=true&from=2024-01-01&to=2024-12-31")).toEqual({
      ok: true,
      params: {
        page: 2,
        limit: 100,
        topic: "postgresql",
        hasVideo: true,
        from: "2024-01-01",
        to: "2024-12-31",
      },
    });
    expect(parse("hasVideo=false")).toEqual({ ok: true, params: { page: 1, limit: 20, hasVideo: false } });
    expect(parse("from=2024-02-29&to=2024-02-29")).toMatchObject({ ok: true });
  });

  it("ignores parameters it does not know", () => {
    expect(parse("utm_source=x&_=123")).toEqual({ ok: true, params: { page: 1, limit: 20 } });
  });

  it.each([
    ["limit=abc", "limit"],
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=-1", "limit"],
    ["limit=1.5", "limit"],
    ["limit=", "limit"],
    ["limit=%201", "limit"],
    ["limit=1e2", "limit"],
    ["limit=99999999999999999999", "limit"],
    ["page=0", "page"],
    ["page=two", "page"],
    ["page=1&page=2", "page"],
    ["hasVideo=yes", "hasVideo"],
    ["hasVideo=TRUE", "hasVideo"],
    ["hasVideo=1", "hasVideo"],
    ["topic=PostgreSQL", "topic"],
    ["topic=postgres%20ql", "topic"],
    ["topic=' OR 1=1 --", "topic"],
    ["topic=", "topic"],
    ["from=2024-13-01", "from"],
    ["from=2023-02-29", "from"],
    ["from=24-01-01", "from"],
    ["from=2024-1-1", "from"],
    ["to=yesterday", "to"],
    ["to=2024-01-01T00:00:00Z", "to"],
    ["from=2025-01-01&to=2024-01-01", "to"],
  ])("rejects %s naming %s", (query, parameter) => {
    const error = errorOf(query);
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(new RegExp(`^${parameter} `));
  });

  it("names limit in a readable message", () => {
    expect(errorOf("limit=abc")).toEqual({ parameter: "limit", message: "limit must be a whole number" });
    expect(errorOf("limit=500")).toEqual({ parameter: "limit", message: "limit must be between 1 and 100" });
  });
});
