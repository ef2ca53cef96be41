import { describe, expect, it } from "vitest";
import {
  clearFiltersHref,
  describeResults,
  facetFilters,
  isFiltered,
  isPlainView,
  knownListTopic,
  lengthKeys,
  listHref,
  listParamKeys,
  listViewParams,
  parseListParams,
  sortKeys,
  topicListHref,
} from "@/lib/site/list-params";

describe("parseListParams", () => {
  it("gives the unfiltered first page for no params", () => {
    expect(parseListParams({})).toEqual({ filters: {}, length: "any", sort: "newest", page: 1 });
  });

  it("reads the form's own values", () => {
    expect(
      parseListParams({
        video: "1",
        chapters: "1",
        length: "medium",
        topic: "postgresql",
        sort: "longest",
        page: "2",
      }),
    ).toEqual({
      filters: { hasVideo: true, hasChapters: true, minSeconds: 900, maxSeconds: 1799, topic: "postgresql" },
      length: "medium",
      sort: "longest",
      page: 2,
    });
  });

  it("reads what the form sends for its defaults as no filter", () => {
    // Without JavaScript the form submits every control: the empty topic, "any" length, "newest".
    expect(parseListParams({ length: "any", topic: "", sort: "newest" })).toEqual(parseListParams({}));
  });

  it("reads each sort order, and junk as newest", () => {
    expect(parseListParams({ sort: "oldest" }).sort).toBe("oldest");
    expect(parseListParams({ sort: "longest" }).sort).toBe("longest");
    for (const sort of ["title", "OLDEST", "", "relevance", "date", "newest,oldest"]) {
      expect(parseListParams({ sort }).sort, sort).toBe("newest");
    }
    // Sorting is not filtering.
    expect(parseListParams({ sort: "oldest" }).filters).toEqual({});
  });

  it("reads a topic slug, and anything that is not one as no topic", () => {
    expect(parseListParams({ topic: "storage-and-io" }).filters).toEqual({ topic: "storage-and-io" });
    for (const topic of ["PostgreSQL", "a b", "-x", "x-", "x--y", "<script>", "x".repeat(65), "../x"]) {
      expect(parseListParams({ topic }).filters, topic).toEqual({});
    }
    expect(parseListParams({ topic: "x".repeat(64) }).filters).toEqual({ topic: "x".repeat(64) });
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
    expect(
      parseListParams({
        page: ["5", "3"],
        video: ["0", "1"],
        length: ["short", "long"],
        sort: ["longest", "oldest"],
        topic: ["mysql", "postgresql"],
      }),
    ).toEqual({
      filters: { hasVideo: true, minSeconds: 1800, maxSeconds: 2699, topic: "postgresql" },
      length: "long",
      sort: "oldest",
      page: 3,
    });
    expect(parseListParams({ page: [], video: [] })).toEqual({
      filters: {},
      length: "any",
      sort: "newest",
      page: 1,
    });
  });

  it("ignores junk values and unknown keys", () => {
    expect(
      parseListParams({
        length: "<script>alert(1)</script>",
        video: "yes",
        chapters: "0",
        page: undefined,
        sort: "title",
        topic: "Not A Slug",
        ["__proto__"]: "x",
        constructor: "y",
      }),
    ).toEqual({ filters: {}, length: "any", sort: "newest", page: 1 });
    expect(parseListParams({ length: "LONG", video: "true" })).toEqual({
      filters: {},
      length: "any",
      sort: "newest",
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

  it("writes the topic and a sort order other than newest, before the page", () => {
    const state = parseListParams({ topic: "networking", sort: "oldest", video: "1" });
    expect(listHref("a-show", state, 2)).toBe("/shows/a-show?video=1&topic=networking&sort=oldest&page=2");
    expect(listHref("a-show", parseListParams({ sort: "newest" }))).toBe("/shows/a-show");
    expect(listHref("a-show", { filters: {}, length: "any", sort: "longest" })).toBe(
      "/shows/a-show?sort=longest",
    );
  });

  it("round-trips through parseListParams", () => {
    const state = parseListParams({ chapters: "1", length: "xl", topic: "linux", sort: "longest" });
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
    const state = parseListParams({ video: "1", chapters: "1", length: "long", topic: "x", sort: "oldest" });
    const keys = [...new URL(listHref("a-show", state, 2), "http://x").searchParams.keys()];
    expect(keys).toEqual(["video", "chapters", "length", "topic", "sort", "page"]);
    expect(keys.every((key) => (listParamKeys as readonly string[]).includes(key))).toBe(true);
  });
});

describe("clearFiltersHref and topicListHref", () => {
  it("lands on the show's unfiltered list section", () => {
    expect(clearFiltersHref("a-show")).toBe("/shows/a-show#episodes");
  });

  it("keeps the order the list is read in", () => {
    expect(clearFiltersHref("a-show", "longest")).toBe("/shows/a-show?sort=longest#episodes");
    expect(clearFiltersHref("a-show", "newest")).toBe("/shows/a-show#episodes");
  });

  it("links a topic chip to the show's list of that topic", () => {
    expect(topicListHref("a-show", "postgresql")).toBe("/shows/a-show?topic=postgresql#episodes");
  });
});

describe("knownListTopic", () => {
  const topics = [{ slug: "postgresql" }, { slug: "networking" }];

  it("keeps a topic the catalog has", () => {
    const params = parseListParams({ topic: "networking", video: "1" });
    expect(knownListTopic(params, topics)).toEqual(params);
  });

  it("drops one it does not have, and nothing else", () => {
    expect(knownListTopic(parseListParams({ topic: "nope", video: "1", page: "2" }), topics)).toEqual({
      filters: { hasVideo: true },
      length: "any",
      sort: "newest",
      page: 2,
    });
  });
});

describe("facetFilters", () => {
  it("counts each option with the other groups as they are and its own group set to it", () => {
    const facets = facetFilters(parseListParams({ video: "1", length: "short", topic: "linux" }));
    // "Has video" is checked: its count is the list's own.
    expect(facets.video).toEqual({ hasVideo: true, maxSeconds: 899, topic: "linux" });
    // "Has chapters" is not: its count adds it to the rest.
    expect(facets.chapters).toEqual({ hasVideo: true, hasChapters: true, maxSeconds: 899, topic: "linux" });
    // Each length replaces "short"; the other filters stay.
    expect(facets.lengths).toEqual({
      any: { hasVideo: true, topic: "linux" },
      short: { hasVideo: true, maxSeconds: 899, topic: "linux" },
      medium: { hasVideo: true, minSeconds: 900, maxSeconds: 1799, topic: "linux" },
      long: { hasVideo: true, minSeconds: 1800, maxSeconds: 2699, topic: "linux" },
      xl: { hasVideo: true, minSeconds: 2700, topic: "linux" },
    });
    // Topics are counted without the topic filter.
    expect(facets.topics).toEqual({ hasVideo: true, maxSeconds: 899 });
  });

  it("with nothing filtered, counts each option alone", () => {
    const facets = facetFilters(parseListParams({ sort: "longest", page: "3" }));
    expect(facets.video).toEqual({ hasVideo: true });
    expect(facets.chapters).toEqual({ hasChapters: true });
    expect(facets.lengths.any).toEqual({});
    expect(facets.lengths.medium).toEqual({ minSeconds: 900, maxSeconds: 1799 });
    expect(facets.topics).toEqual({});
  });
});

describe("isFiltered and describeResults", () => {
  it("tells filtered views apart; the page number and the order are not filters", () => {
    expect(isFiltered(parseListParams({ page: "2" }))).toBe(false);
    expect(isFiltered(parseListParams({ sort: "oldest" }))).toBe(false);
    expect(isFiltered(parseListParams({ length: "xl" }))).toBe(true);
    expect(isFiltered(parseListParams({ video: "1" }))).toBe(true);
    expect(isFiltered(parseListParams({ topic: "linux" }))).toBe(true);
  });

  it("knows the show's plain first page from every other view", () => {
    expect(isPlainView(parseListParams({}))).toBe(true);
    expect(isPlainView(parseListParams({ page: "1", length: "any", sort: "newest", utm: "x" }))).toBe(true);
    expect(isPlainView(parseListParams({ page: "2" }))).toBe(false);
    expect(isPlainView(parseListParams({ sort: "oldest" }))).toBe(false);
    expect(isPlainView(parseListParams({ chapters: "1" }))).toBe(false);
    expect(isPlainView(parseListParams({ topic: "linux" }))).toBe(false);
  });

  it("phrases the count line", () => {
    expect(describeResults(56, parseListParams({}))).toBe("56 episodes");
    expect(describeResults(17, parseListParams({ video: "1" }))).toBe("17 episodes with video");
    expect(describeResults(1, parseListParams({ video: "1", chapters: "1", length: "medium" }))).toBe(
      "1 episode with video and chapters, 15–30 min",
    );
    expect(describeResults(0, parseListParams({ length: "short" }))).toBe("0 episodes, under 15 min");
    expect(describeResults(3, parseListParams({ video: "1", topic: "postgresql" }), "PostgreSQL")).toBe(
      "3 episodes with video, on PostgreSQL",
    );
    expect(describeResults(8, parseListParams({ topic: "postgresql", length: "xl" }))).toBe(
      "8 episodes, 45 min or more, on postgresql",
    );
    // The order says nothing about which episodes there are.
    expect(describeResults(56, parseListParams({ sort: "longest" }))).toBe("56 episodes");
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

  it("accepts every sort order but newest", () => {
    expect(acceptedBy("sort", [...sortKeys, "title", "OLDEST", "oldest|longest", ""])).toEqual([
      "oldest",
      "longest",
    ]);
    for (const sort of ["oldest", "longest"]) expect(parseListParams({ sort }).sort, sort).toBe(sort);
  });

  it("accepts the topic slugs the parser reads", () => {
    const slugs = ["postgresql", "storage-and-io", "a1-b2"];
    const rejected = ["", "PostgreSQL", "a b", "-x", "x-", "x--y", "x/y", "x%20y"];
    expect(acceptedBy("topic", [...slugs, ...rejected])).toEqual(slugs);
    for (const topic of slugs) expect(parseListParams({ topic }).filters.topic, topic).toBe(topic);
  });

  it("accepts the page numbers past the first that the parser reads as they are", () => {
    const later = ["2", "9", "10", "999999"];
    const rejected = ["1", "01", "02", "0", "1000000", "abc", "-2", "2.5", "1e9", " 2", ""];
    expect(acceptedBy("page", [...later, ...rejected])).toEqual(later);
    for (const page of later) expect(parseListParams({ page }).page, page).toBe(Number(page));
  });

  it("accepts every value listHref writes, so each link lands on a view", () => {
    const state = parseListParams({
      video: "1",
      chapters: "1",
      length: "xl",
      topic: "linux",
      sort: "oldest",
    });
    for (const [key, value] of new URL(listHref("x", state, 999999), "http://x").searchParams) {
      expect(acceptedBy(key, [value]), key).toEqual([value]);
    }
  });
});
