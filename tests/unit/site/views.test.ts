// lib/site/views.ts: a query becomes one path segment and comes back as the same params, whatever
// characters its values hold.
import { describe, expect, it } from "vitest";
import { VIEW_SEGMENT, queryOf, viewParams, viewPath } from "@/lib/site/views";

/** What the view's page receives: the last segment, decoded as Next decodes a dynamic param. */
const segmentOf = (path: string) => decodeURIComponent(path.slice(path.lastIndexOf("/") + 1));

describe("viewPath", () => {
  it("puts the query, encoded, in one segment after _view", () => {
    expect(viewPath("/search", "q=tlb&page=2")).toBe("/search/_view/q%3Dtlb%26page%3D2");
    expect(viewPath("/shows/x", "video=1")).toBe("/shows/x/_view/video%3D1");
    expect(VIEW_SEGMENT).toBe("_view");
  });

  it("keeps a query holding slashes in one segment", () => {
    const path = viewPath("/search", new URLSearchParams({ q: "a/b/../c" }).toString());
    expect(path.split("/")).toHaveLength(4);
    expect(path.startsWith("/search/_view/")).toBe(true);
  });

  it.each<Record<string, string>>([
    { q: "tlb", page: "2" },
    { q: "a&b=c" },
    { q: "TCP/IP over /dev/null" },
    { q: "100% sure", topic: "networking" },
    { q: "50%25 off" },
    { q: "  spaced   out  " },
    { q: "a+b" },
    { q: "café ☕ 東京 🚀" },
    { q: "#fragment?query" },
    { q: "" },
  ])("gives back the params of %j", (params) => {
    const path = viewPath("/search", new URLSearchParams(params).toString());
    expect(viewParams(segmentOf(path))).toEqual(params);
  });

  it("survives URL parsing unchanged", () => {
    const path = viewPath("/search", new URLSearchParams({ q: "a&b=c/d 100% ☕" }).toString());
    const url = new URL(path, "http://localhost");
    expect(url.pathname).toBe(path);
    expect(url.search).toBe("");
    expect(viewParams(segmentOf(url.pathname))).toEqual({ q: "a&b=c/d 100% ☕" });
  });
});

describe("queryOf", () => {
  it("is what follows the first question mark", () => {
    expect(queryOf("/search?q=tlb&page=2")).toBe("q=tlb&page=2");
    expect(queryOf("/search?q=what?&page=2")).toBe("q=what?&page=2");
    expect(queryOf("/shows/x?video=1")).toBe("video=1");
  });

  it("is empty without a query", () => {
    expect(queryOf("/search")).toBe("");
    expect(queryOf("/search?")).toBe("");
    expect(queryOf("")).toBe("");
  });
});

describe("viewParams", () => {
  it("reads a query string into a record", () => {
    expect(viewParams("q=tlb&page=2")).toEqual({ q: "tlb", page: "2" });
    expect(viewParams("q=postgres+locks")).toEqual({ q: "postgres locks" });
    expect(viewParams("q=caf%C3%A9")).toEqual({ q: "café" });
    expect(viewParams("video")).toEqual({ video: "" });
    expect(viewParams("")).toEqual({});
  });

  it("reads URLSearchParams too", () => {
    expect(viewParams(new URLSearchParams("q=tlb&sort=date"))).toEqual({ q: "tlb", sort: "date" });
  });

  it("keeps the first value of a repeated key", () => {
    expect(viewParams("page=2&q=tlb&page=3")).toEqual({ page: "2", q: "tlb" });
    expect(viewParams(new URLSearchParams("q=first&q=second"))).toEqual({ q: "first" });
  });
});
