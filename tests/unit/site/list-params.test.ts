import { describe, expect, it } from "vitest";
import {
  clearFiltersHref,
  describeResults,
  isFiltered,
  lengthKeys,
  listHref,
  listParamKeys,
  listViewParams,
  parseListParams,
} from "@/lib/site/list-params";

describe("parseListParams", () => {
  it("gives the unfiltered first page for no params", () => {
    expect(parseListParams({})).toEqual({ filters: {}, length: "any", page: 1 });
  });

  it("reads the form's own values", () => {
    expect(parseListParams({ video: "1", chapters: "1", length: "medium", page: "2" })).toEqual({
      filters: { hasVideo: true, hasChapters: true, minSeconds: 900, maxSeconds: 1799 },
      length: "medium",
      page: 2,
    });
  });

  it("maps each length to half-open bounds in seconds", () => {
    expect(parseListParams({ length: "short" }).filters).toEqual({ maxSeconds: 899 });
    expect(parseListParams({ length: "long" }).filters).toEqual({ minSeconds: 1800, maxSeconds: 2699 });
    expect(parseListParams({ length: "xl" }).filters).toEqual({ minSeconds: 2700 });
    expect(parseListParams({ length: "any" }).filters).toEqual({});
  });

  it.each(["-3", "0", "abc", "1e9", "2.5", "", " 2", "0x10", "9999999", "Infinity"])(
    "falls back to page 1 for page=%j",
    (page) => {
      expect(parseListParams({ page }).page).toBe(1);
    },
  );

  it("keeps a large but plain page number for the query to clamp", () => {
    expect(parseListParams({ page: "999" }).page).toBe(999);
    expect(parseListParams({ page: "007" }).page).toBe(7);
  });

  it("takes the last value of a repeated key, as the rewrite rules read it", () => {
    expect(parseListParams({ page: ["5", "3"], video: ["0", "1"], length: ["short", "long"] })).toEqual({
      filters: { hasVideo: true, minSeconds: 1800, maxSeconds: 2699 },
      length: "long",
      page: 3,
    });
    expect(parseListParams({ page: [], video: [] })).toEqual({ filters: {}, length: "any", page: 1 });
  });

  it("ignores junk values and unknown keys", () => {
    expect(
      parseListParams({
        length: "<script>alert(1)</script>",
        video: "yes",
        chapters: "0",
        page: undefined,
        sort: "title",
        ["__proto__"]: "x",
        constructor: "y",
      }),
    ).toEqual({ filters: {}, length: "any", page: 1 });
    expect(parseListParams({ length: "LONG", video: "true" })).toEqual({
      filters: {},
      length: "any",
      page: 1,
    });
  });
});

describe("listHref", () => {
  it("is the show's page for the unfiltered first page", () => {
    expect(listHref("a-show", parseListParams({}))).toBe("/shows/a-show");
    expect(listHref("a-show", parseListParams({ length: "any", page: "1" }), 1)).toBe("/shows/a-show");
  });

  it("keeps the filters and drops defaults", () => {
    const state = parseListParams({ video: "1", chapters: "1", length: "short", page: "4" });
    expect(listHref("a-show", state, 2)).toBe("/shows/a-show?video=1&chapters=1&length=short&page=2");
    expect(listHref("a-show", state, 1)).toBe("/shows/a-show?video=1&chapters=1&length=short");
    expect(listHref("a-show", parseListParams({ chapters: "1" }), 3)).toBe("/shows/a-show?chapters=1&page=3");
  });

  it("round-trips through parseListParams", () => {
    const state = parseListParams({ chapters: "1", length: "xl" });
    const href = listHref("a-show", state, 3);
    const query = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseListParams(query)).toEqual({ ...state, page: 3 });
  });

  it("never writes junk back", () => {
    expect(listHref("a-show", parseListParams({ length: "<script>", page: "-3", junk: "1" }), 1)).toBe(
      "/shows/a-show",
    );
  });

  it("writes only keys that make a per-request view, so the first page stays the prerendered one", () => {
    const state = parseListParams({ video: "1", chapters: "1", length: "long" });
    const keys = [...new URL(listHref("a-show", state, 2), "http://x").searchParams.keys()];
    expect(keys).toEqual(["video", "chapters", "length", "page"]);
    expect(keys.every((key) => (listParamKeys as readonly string[]).includes(key))).toBe(true);
  });
});

describe("clearFiltersHref", () => {
  it("lands on the show's unfiltered list section", () => {
    expect(clearFiltersHref("a-show")).toBe("/shows/a-show#episodes");
  });
});

describe("isFiltered and describeResults", () => {
  it("tells filtered views apart; the page number is not a filter", () => {
    expect(isFiltered(parseListParams({ page: "2" }))).toBe(false);
    expect(isFiltered(parseListParams({ length: "xl" }))).toBe(true);
    expect(isFiltered(parseListParams({ video: "1" }))).toBe(true);
  });

  it("phrases the count line", () => {
    expect(describeResults(56, parseListParams({}))).toBe("56 episodes");
    expect(describeResults(17, parseListParams({ video: "1" }))).toBe("17 episodes with video");
    expect(describeResults(1, parseListParams({ video: "1", chapters: "1", length: "medium" }))).toBe(
      "1 episode with video and chapters, 15–30 min",
    );
    expect(describeResults(0, parseListParams({ length: "short" }))).toBe("0 episodes, under 15 min");
  });
});

describe("listViewParams", () => {
  /** The values a param's pattern accepts, matched whole as Next matches a rewrite's `has` value. */
  const acceptedBy = (key: string, values: readonly string[]) => {
    const param = listViewParams.find((entry) => entry.key === key);
    if (!param) throw new Error(`no view param ${key}`);
    const whole = new RegExp(`^(?:${param.pattern})$`);
    return values.filter((value) => whole.test(value));
  };

  it("covers the list's keys, in the order listHref writes them", () => {
    expect(listViewParams.map(({ key }) => key)).toEqual([...listParamKeys]);
  });

  it("accepts only the flag value that turns a filter on", () => {
    expect(acceptedBy("video", ["1", "0", "11", "true", "yes", ""])).toEqual(["1"]);
    expect(acceptedBy("chapters", ["1", "0", "11", "true", "yes", ""])).toEqual(["1"]);
    expect(parseListParams({ video: "1" }).filters).toEqual({ hasVideo: true });
    expect(parseListParams({ chapters: "1" }).filters).toEqual({ hasChapters: true });
  });

  it("accepts every length but any, and each of them narrows the list", () => {
    const accepted = acceptedBy("length", [...lengthKeys, "LONG", "longer", "xl|short", ""]);
    expect(accepted).toEqual(lengthKeys.filter((key) => key !== "any"));
    for (const length of accepted) {
      expect(parseListParams({ length }).length, length).toBe(length);
      expect(isFiltered(parseListParams({ length })), length).toBe(true);
    }
  });

  it("accepts the page numbers past the first that the parser reads as they are", () => {
    const later = ["2", "9", "10", "999999"];
    const rejected = ["1", "01", "02", "0", "1000000", "abc", "-2", "2.5", "1e9", " 2", ""];
    expect(acceptedBy("page", [...later, ...rejected])).toEqual(later);
    for (const page of later) expect(parseListParams({ page }).page, page).toBe(Number(page));
  });

  it("accepts every value listHref writes, so each link lands on a view", () => {
    const state = parseListParams({ video: "1", chapters: "1", length: "xl" });
    for (const [key, value] of new URL(listHref("x", state, 999999), "http://x").searchParams) {
      expect(acceptedBy(key, [value]), key).toEqual([value]);
    }
  });
});
