// lib/site/views.ts: a query becomes one path segment and comes back as the same params, whatever
// characters its values hold.
import { describe, expect, it } from "vitest";
import {
  VIEW_SEGMENT,
  queryOf,
  queryViewRewrites,
  segmentParams,
  viewParams,
  viewHref,
  viewPath,
  type ViewParam,
} from "@/lib/site/views";

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

  it("keeps the last value of a repeated key", () => {
    expect(viewParams("page=2&q=tlb&page=3")).toEqual({ page: "3", q: "tlb" });
    expect(viewParams(new URLSearchParams("q=first&q=second"))).toEqual({ q: "second" });
  });
});

describe("segmentParams", () => {
  it("reads the segment whether Next decoded it or not", () => {
    const cases: Record<string, string>[] = [
      { q: "tlb", page: "2" },
      { q: "a&b=c 100%", topic: "x" },
      { video: "1" },
    ];
    for (const params of cases) {
      const query = new URLSearchParams(params).toString();
      const segment = viewPath("/search", query).split("/").at(-1)!;
      expect(segmentParams(segment), segment).toEqual(params);
      expect(segmentParams(decodeURIComponent(segment)), query).toEqual(params);
    }
  });

  it("reads a malformed escape as junk instead of throwing", () => {
    const params = segmentParams("q%E0%A4%A");
    expect(params.q).toBeUndefined();
    expect(Object.values(params)).toEqual([""]);
  });
});

describe("queryViewRewrites", () => {
  const params: ViewParam[] = [
    { key: "video", pattern: "1" },
    { key: "length", pattern: "short|long" },
    { key: "page", pattern: "[2-9]|[1-9][0-9]" },
  ];
  const rules = queryViewRewrites("/shows/:show", "/shows/:show", params);
  const keysOf = (conditions: { key: string }[]) => conditions.map(({ key }) => key);
  /** The texts a condition's value accepts, matched as Next matches it: the whole query value. */
  const acceptedBy = (value: string, texts: string[]) =>
    texts.filter((text) => new RegExp(`^${value}$`).test(text));

  it("makes one rule per non-empty set of params: 2^n - 1 for n", () => {
    for (let n = 1; n <= 4; n += 1) {
      const some = Array.from({ length: n }, (_, index) => ({ key: `k${index}`, pattern: "1" }));
      expect(queryViewRewrites("/x", "/x", some), `n = ${n}`).toHaveLength(2 ** n - 1);
    }
    expect(rules).toHaveLength(7);
  });

  it("gives each rule a different set of params present, the others missing", () => {
    const all = keysOf(params);
    const presentSets = new Set<string>();
    for (const rule of rules) {
      const present = keysOf(rule.has);
      const missing = keysOf(rule.missing);
      expect(present.length).toBeGreaterThan(0);
      expect([...present, ...missing].sort()).toEqual([...all].sort());
      expect(present.filter((key) => missing.includes(key))).toEqual([]);
      presentSets.add(present.join("&"));
    }
    expect(presentSets.size).toBe(rules.length);
  });

  it("writes the destination's params in the order given, whatever the rule", () => {
    for (const rule of rules) {
      const present = keysOf(rule.has);
      expect(present).toEqual(keysOf(params).filter((key) => present.includes(key)));
      expect(rule.destination).toBe(
        `/shows/:show/${VIEW_SEGMENT}/${present.map((key) => `${key}=:${key}`).join("&")}`,
      );
      expect(rule.source).toBe("/shows/:show");
    }
    const every = rules.find((rule) => rule.missing.length === 0);
    expect(every?.destination).toBe("/shows/:show/_view/video=:video&length=:length&page=:page");
  });

  it("captures a present param's value under its key and matches only whole values of the pattern", () => {
    const every = rules.find((rule) => rule.missing.length === 0)!;
    for (const condition of every.has) {
      expect(condition.type).toBe("query");
      expect(condition.value.startsWith(`(?<${condition.key}>`)).toBe(true);
    }
    const [video, length, page] = every.has;
    expect(new RegExp(`^${page!.value}$`).exec("12")?.groups).toEqual({ page: "12" });
    expect(acceptedBy(video!.value, ["1", "11", "0", "x1", ""])).toEqual(["1"]);
    expect(acceptedBy(length!.value, ["short", "long", "longer", "shortlong", "xl"])).toEqual([
      "short",
      "long",
    ]);
    // Each alternative is anchored: "2x" and "x12" would slip past a bare ^[2-9]|[1-9][0-9]$.
    expect(acceptedBy(page!.value, ["2", "12", "1", "123", "2x", "x12"])).toEqual(["2", "12"]);
  });

  it("lets a missing param's junk through: only a value of its pattern rules the rule out", () => {
    const pageOnly = rules.find((rule) => keysOf(rule.has).join() === "page")!;
    const missingLength = pageOnly.missing.find(({ key }) => key === "length")!;
    expect(missingLength.value).toBe("(?:short|long)");
    expect(acceptedBy(missingLength.value, ["short", "long", "any", "shorter", ""])).toEqual([
      "short",
      "long",
    ]);
  });

  it("makes no rules for no params", () => {
    expect(queryViewRewrites("/x", "/x", [])).toEqual([]);
  });

  it("spells the documented example", () => {
    expect(queryViewRewrites("/topics/:slug", "/topics/:slug", [{ key: "page", pattern: "[2-9]" }])).toEqual([
      {
        source: "/topics/:slug",
        has: [{ type: "query", key: "page", value: "(?<page>[2-9])" }],
        missing: [],
        destination: "/topics/:slug/_view/page=:page",
      },
    ]);
  });
});

describe("viewHref", () => {
  it("sends a pretty address with a query to its view's own path, hash kept", () => {
    expect(viewHref("/shows/x?video=1&page=2#episodes")).toBe("/shows/x/_view/video%3D1%26page%3D2#episodes");
    expect(viewHref("/topics/databases?page=2")).toBe("/topics/databases/_view/page%3D2");
  });
  it("leaves an address without a query as it is", () => {
    expect(viewHref("/shows/x#episodes")).toBe("/shows/x#episodes");
    expect(viewHref("/topics/databases")).toBe("/topics/databases");
  });
});
