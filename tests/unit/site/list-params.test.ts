import { describe, expect, it } from "vitest";
import { describeResults, homeHref, isFiltered, parseHomeParams } from "@/lib/site/list-params";

describe("parseHomeParams", () => {
  it("gives the unfiltered first page for no params", () => {
    expect(parseHomeParams({})).toEqual({ filters: {}, length: "any", page: 1 });
  });

  it("reads the form's own values", () => {
    expect(parseHomeParams({ video: "1", chapters: "1", length: "medium", page: "2" })).toEqual({
      filters: { hasVideo: true, hasChapters: true, minSeconds: 900, maxSeconds: 1799 },
      length: "medium",
      page: 2,
    });
  });

  it("maps each length to half-open bounds in seconds", () => {
    expect(parseHomeParams({ length: "short" }).filters).toEqual({ maxSeconds: 899 });
    expect(parseHomeParams({ length: "long" }).filters).toEqual({ minSeconds: 1800, maxSeconds: 2699 });
    expect(parseHomeParams({ length: "xl" }).filters).toEqual({ minSeconds: 2700 });
    expect(parseHomeParams({ length: "any" }).filters).toEqual({});
  });

  it.each(["-3", "0", "abc", "1e9", "2.5", "", " 2", "0x10", "9999999", "Infinity"])(
    "falls back to page 1 for page=%j",
    (page) => {
      expect(parseHomeParams({ page }).page).toBe(1);
    },
  );

  it("keeps a large but plain page number for the query to clamp", () => {
    expect(parseHomeParams({ page: "999" }).page).toBe(999);
    expect(parseHomeParams({ page: "007" }).page).toBe(7);
  });

  it("takes the first value of a repeated key", () => {
    expect(parseHomeParams({ page: ["3", "5"], video: ["1", "0"], length: ["long", "short"] })).toEqual({
      filters: { hasVideo: true, minSeconds: 1800, maxSeconds: 2699 },
      length: "long",
      page: 3,
    });
    expect(parseHomeParams({ page: [], video: [] })).toEqual({ filters: {}, length: "any", page: 1 });
  });

  it("ignores junk values and unknown keys", () => {
    expect(
      parseHomeParams({
        length: "<script>alert(1)</script>",
        video: "yes",
        chapters: "0",
        page: undefined,
        sort: "title",
        ["__proto__"]: "x",
        constructor: "y",
      }),
    ).toEqual({ filters: {}, length: "any", page: 1 });
    expect(parseHomeParams({ length: "LONG", video: "true" })).toEqual({
      filters: {},
      length: "any",
      page: 1,
    });
  });
});

describe("homeHref", () => {
  it("is / for the unfiltered first page", () => {
    expect(homeHref(parseHomeParams({}))).toBe("/");
    expect(homeHref(parseHomeParams({ length: "any", page: "1" }), 1)).toBe("/");
  });

  it("keeps the filters and drops defaults", () => {
    const state = parseHomeParams({ video: "1", chapters: "1", length: "short", page: "4" });
    expect(homeHref(state, 2)).toBe("/episodes?video=1&chapters=1&length=short&page=2");
    expect(homeHref(state, 1)).toBe("/episodes?video=1&chapters=1&length=short");
    expect(homeHref(parseHomeParams({ chapters: "1" }), 3)).toBe("/episodes?chapters=1&page=3");
  });

  it("round-trips through parseHomeParams", () => {
    const state = parseHomeParams({ chapters: "1", length: "xl" });
    const href = homeHref(state, 3);
    const query = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseHomeParams(query)).toEqual({ ...state, page: 3 });
  });

  it("never writes junk back", () => {
    expect(homeHref(parseHomeParams({ length: "<script>", page: "-3", junk: "1" }), 1)).toBe("/");
  });
});

describe("isFiltered and describeResults", () => {
  it("tells filtered views apart; the page number is not a filter", () => {
    expect(isFiltered(parseHomeParams({ page: "2" }))).toBe(false);
    expect(isFiltered(parseHomeParams({ length: "xl" }))).toBe(true);
    expect(isFiltered(parseHomeParams({ video: "1" }))).toBe(true);
  });

  it("phrases the count line", () => {
    expect(describeResults(56, parseHomeParams({}))).toBe("56 episodes");
    expect(describeResults(17, parseHomeParams({ video: "1" }))).toBe("17 episodes with video");
    expect(describeResults(1, parseHomeParams({ video: "1", chapters: "1", length: "medium" }))).toBe(
      "1 episode with video and chapters, 15–30 min",
    );
    expect(describeResults(0, parseHomeParams({ length: "short" }))).toBe("0 episodes, under 15 min");
  });
});
