// proxy.ts: a search whose query selects something is rewritten to its view's cacheable path, with the
// query in one canonical form; any other request is left alone. (A show's and a topic's views are rewrites
// in next.config.ts: tests/unit/config/rewrites.test.ts.)
import { NextRequest, type NextResponse } from "next/server";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { viewParams } from "@/lib/site/views";
import { PLAIN_QUERY_PATTERN } from "@/lib/search/params";

const origin = "http://localhost";

function run(pathAndQuery: string): NextResponse {
  return proxy(new NextRequest(`${origin}${pathAndQuery}`));
}

/** Where Next would render the request: the rewrite's target, or null when the request passes through. */
function rewriteOf(pathAndQuery: string): string | null {
  const response = run(pathAndQuery);
  const target = response.headers.get("x-middleware-rewrite");
  if (target === null) expect(response.headers.get("x-middleware-next")).toBe("1");
  return target;
}

describe("proxy on /search", () => {
  it("rewrites a search to its view", () => {
    expect(rewriteOf("/search?q=tlb&page=2")).toBe(`${origin}/search/_view/q%3Dtlb%26page%3D2`);
    expect(rewriteOf("/search?q=tlb")).toBe(`${origin}/search/_view/q%3Dtlb`);
    expect(rewriteOf("/search?topic=networking")).toBe(`${origin}/search/_view/topic%3Dnetworking`);
  });

  it("writes the query in one order, whatever order the request had", () => {
    const canonical = `${origin}/search/_view/q%3Dtlb%26topic%3Dnetworking%26show%3Dx%26sort%3Ddate%26page%3D3`;
    expect(rewriteOf("/search?q=tlb&topic=networking&show=x&sort=date&page=3")).toBe(canonical);
    expect(rewriteOf("/search?page=3&sort=date&show=x&topic=networking&q=tlb")).toBe(canonical);
  });

  it("leaves out junk, defaults and unknown parameters", () => {
    const canonical = `${origin}/search/_view/q%3Dtlb%26page%3D2`;
    expect(rewriteOf("/search?utm_source=news&page=2&q=tlb")).toBe(canonical);
    expect(rewriteOf("/search?q=tlb&page=2&sort=relevance&topic=Not%20A%20Slug&fbclid=1")).toBe(canonical);
    expect(rewriteOf("/search?q=%20%20tlb%20%20&page=2")).toBe(canonical);
    expect(rewriteOf("/search?q=other&page=5&page=2&q=tlb")).toBe(canonical);
    expect(rewriteOf("/search?q=tlb&page=1")).toBe(`${origin}/search/_view/q%3Dtlb`);
    expect(rewriteOf("/search?q=tlb&page=abc")).toBe(`${origin}/search/_view/q%3Dtlb`);
  });

  it("passes through a query that selects nothing", () => {
    expect(rewriteOf("/search")).toBeNull();
    expect(rewriteOf("/search?")).toBeNull();
    expect(rewriteOf("/search?q=")).toBeNull();
    expect(rewriteOf("/search?q=%20%20")).toBeNull();
    expect(rewriteOf("/search?page=1")).toBeNull();
    expect(rewriteOf("/search?sort=relevance")).toBeNull();
    expect(rewriteOf("/search?sort=sideways&page=-2&topic=..%2F..")).toBeNull();
    expect(rewriteOf("/search?utm_source=news&utm_medium=email")).toBeNull();
  });

  it("encodes a query with spaces, reserved characters and unicode so the view reads it back", () => {
    for (const q of ["postgres locks", "a&b=c", "TCP/IP", "100%", "café ☕"]) {
      const target = rewriteOf(`/search?${new URLSearchParams({ q })}`);
      expect(target, q).not.toBeNull();
      const url = new URL(target!);
      expect(url.search, q).toBe("");
      const segments = url.pathname.split("/");
      expect(segments.slice(0, 3), q).toEqual(["", "search", "_view"]);
      expect(segments, q).toHaveLength(4);
      expect(viewParams(decodeURIComponent(segments[3]!)), q).toEqual({ q });
    }
    expect(rewriteOf("/search?q=postgres+locks")).toBe(`${origin}/search/_view/q%3Dpostgres%2Blocks`);
  });
});

describe("proxy elsewhere", () => {
  it("leaves any other path alone, should the matcher ever let one through", () => {
    expect(rewriteOf("/shows/x?page=2")).toBeNull();
    expect(rewriteOf("/topics/x?page=2")).toBeNull();
    expect(rewriteOf("/search/_view/q%3Dtlb?q=other")).toBeNull();
  });
});

describe("proxy config", () => {
  const matches = (url: string) => unstable_doesMiddlewareMatch({ config, url: `${origin}${url}` });

  it("runs for /search unless its query is in plain words (next.config.ts rewrites those)", () => {
    expect(matches("/search")).toBe(true);
    expect(matches("/search?topic=networking")).toBe(true);
    expect(matches(`/search?${new URLSearchParams({ q: "http/2" })}`)).toBe(true);
    expect(matches(`/search?${new URLSearchParams({ q: "café" })}`)).toBe(true);
    expect(matches("/search?q=tlb")).toBe(false);
    expect(matches("/search?q=postgres+locks&page=2")).toBe(false);
  });

  it("writes out the plain-words pattern as lib/search/params.ts has it", () => {
    const [rule] = config.matcher;
    expect(rule!.missing[0]!.value).toBe(PLAIN_QUERY_PATTERN);
  });

  it("does not run for show or topic pages, episode pages, view paths or the API", () => {
    expect(matches("/shows/x?page=2")).toBe(false);
    expect(matches("/topics/x?page=2")).toBe(false);
    expect(matches("/shows/x/episode")).toBe(false);
    expect(matches("/api/search")).toBe(false);
    expect(matches("/search/_view/q%3Dtlb")).toBe(false);
    expect(matches("/")).toBe(false);
  });
});
