import { describe, expect, it } from "vitest";
import { PAGE_SIZE } from "@/lib/site/list-params";
import { parseTopicParams, TOPIC_PAGE_SIZES, topicHref, topicViewParams } from "@/lib/site/topic-params";
import { queryOf, viewParams, viewPath } from "@/lib/site/views";

describe("parseTopicParams", () => {
  it("gives page 1 for no params", () => {
    expect(parseTopicParams({})).toEqual({ page: 1 });
  });

  it("reads a plain page number, leaving a page past the end for the query to clamp", () => {
    expect(parseTopicParams({ page: "2" })).toEqual({ page: 2 });
    expect(parseTopicParams({ page: "999" })).toEqual({ page: 999 });
    expect(parseTopicParams({ page: "007" })).toEqual({ page: 7 });
  });

  it.each(["-1", "0", "abc", "2.5", "1e3", "", " 2", "0x10", "9999999", "Infinity", "<script>", "\u202e2"])(
    "falls back to page 1 for page=%j",
    (page) => {
      expect(parseTopicParams({ page })).toEqual({ page: 1 });
    },
  );

  it("takes the last value of a repeated key and ignores other keys", () => {
    expect(parseTopicParams({ page: ["5", "3"] })).toEqual({ page: 3 });
    expect(parseTopicParams({ page: [] })).toEqual({ page: 1 });
    expect(parseTopicParams({ sort: "title", video: "1" })).toEqual({ page: 1 });
  });

  it("reads a view's [query] segment as the view route does", () => {
    expect(parseTopicParams(viewParams("page=2"))).toEqual({ page: 2 });
    expect(parseTopicParams(viewParams("page=4&page=9"))).toEqual({ page: 9 });
    expect(parseTopicParams(viewParams("sort=title&page=3"))).toEqual({ page: 3 });
    expect(parseTopicParams(viewParams("__proto__=5&page=2"))).toEqual({ page: 2 });
    expect(parseTopicParams(viewParams(""))).toEqual({ page: 1 });
    expect(parseTopicParams(viewParams("page=-2"))).toEqual({ page: 1 });
  });
});

describe("topicHref", () => {
  it("leaves page 1 without a query, so it is the prerendered page", () => {
    expect(topicHref("databases")).toBe("/topics/databases");
    expect(topicHref("databases", 1)).toBe("/topics/databases");
    expect(topicHref("databases", 0)).toBe("/topics/databases");
    expect(topicHref("databases", 2)).toBe("/topics/databases?page=2");
    expect(topicHref("databases", 12)).toBe("/topics/databases?page=12");
  });

  it("gives the canonical query a later page's view is cached under, and reads it back", () => {
    const path = viewPath("/topics/databases", queryOf(topicHref("databases", 2)));
    expect(path).toBe("/topics/databases/_view/page%3D2");
    // What the view route receives: the last segment, decoded as Next decodes a dynamic param.
    const segment = decodeURIComponent(path.slice(path.lastIndexOf("/") + 1));
    expect(parseTopicParams(viewParams(segment))).toEqual({ page: 2 });
    expect(queryOf(topicHref("databases", 1))).toBe("");
  });

  it("sizes a page like a show's list, with a few more one-line moments", () => {
    expect(TOPIC_PAGE_SIZES).toEqual({ episodes: PAGE_SIZE, moments: 30 });
  });
});

describe("topicViewParams", () => {
  it("accepts, matched whole as Next does, only page numbers past the first, each read as it is", () => {
    expect(topicViewParams.map(({ key }) => key)).toEqual(["page"]);
    const whole = new RegExp(`^(?:${topicViewParams[0]!.pattern})$`);
    const candidates = ["2", "10", "999999", "1", "01", "0", "1000000", "abc", "-2", ""];
    const accepted = candidates.filter((page) => whole.test(page));
    expect(accepted).toEqual(["2", "10", "999999"]);
    for (const page of accepted) expect(parseTopicParams({ page }), page).toEqual({ page: Number(page) });
    // Every later page topicHref links to is one of the views.
    const linked = new RegExp(`^page=(?:${topicViewParams[0]!.pattern})$`);
    for (const page of [2, 10, 999999]) expect(queryOf(topicHref("t", page))).toMatch(linked);
  });
});
