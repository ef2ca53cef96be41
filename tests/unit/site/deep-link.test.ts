import { describe, expect, it } from "vitest";
import { MAX_DEEP_LINK_SECONDS, parseDeepLinkTime, parseTimeValue } from "@/lib/site/deep-link";

describe("parseDeepLinkTime: ?t=", () => {
  it("reads plain seconds", () => {
    expect(parseDeepLinkTime("?t=754", "")).toBe(754);
    expect(parseDeepLinkTime("?t=0", "")).toBe(0);
    expect(parseDeepLinkTime("t=1200", "")).toBe(1200);
    expect(parseDeepLinkTime("?utm_source=x&t=90", "")).toBe(90);
  });

  it("reads clock times", () => {
    expect(parseDeepLinkTime("?t=12:34", "")).toBe(754);
    expect(parseDeepLinkTime("?t=20:00", "")).toBe(1200);
    expect(parseDeepLinkTime("?t=1:02:03", "")).toBe(3723);
    expect(parseDeepLinkTime("?t=00:12:34", "")).toBe(754);
    expect(parseDeepLinkTime("?t=12%3A34", "")).toBe(754);
    expect(parseDeepLinkTime("?t=75:00", "")).toBe(4500);
  });

  it("reads YouTube's h/m/s form", () => {
    expect(parseDeepLinkTime("?t=12m34s", "")).toBe(754);
    expect(parseDeepLinkTime("?t=1h2m3s", "")).toBe(3723);
    expect(parseDeepLinkTime("?t=20m", "")).toBe(1200);
    expect(parseDeepLinkTime("?t=90s", "")).toBe(90);
    expect(parseDeepLinkTime("?t=1h", "")).toBe(3600);
    expect(parseDeepLinkTime("?t=1h30s", "")).toBe(3630);
    expect(parseDeepLinkTime("?t=12M34S", "")).toBe(754);
  });
});

describe("parseDeepLinkTime: #t= media fragment", () => {
  it("reads seconds and clock times", () => {
    expect(parseDeepLinkTime("", "#t=754")).toBe(754);
    expect(parseDeepLinkTime("", "#t=00:12:34")).toBe(754);
    expect(parseDeepLinkTime("", "t=1200")).toBe(1200);
  });

  it("takes the start of a range, drops fractions and the npt: prefix", () => {
    expect(parseDeepLinkTime("", "#t=10,20")).toBe(10);
    expect(parseDeepLinkTime("", "#t=npt:754.5")).toBe(754);
    expect(parseDeepLinkTime("", "#t=12:34.25")).toBe(754);
  });

  it("prefers ?t= over #t=, and falls back to #t= when ?t= is unusable", () => {
    expect(parseDeepLinkTime("?t=90", "#t=1200")).toBe(90);
    expect(parseDeepLinkTime("?t=banana", "#t=1200")).toBe(1200);
  });

  it("ignores other fragments", () => {
    expect(parseDeepLinkTime("", "#chapters")).toBeNull();
    expect(parseDeepLinkTime("", "#xywh=160,120,320,240")).toBeNull();
  });
});

describe("parseDeepLinkTime: unusable input is null", () => {
  it.each([
    ["no parameter", "", ""],
    ["empty value", "?t=", ""],
    ["blank value", "?t=%20", ""],
    ["a word", "?t=abc", ""],
    ["banana", "?t=banana", ""],
    ["a negative number", "?t=-5", ""],
    ["seconds past 59 in a clock", "?t=12:99", ""],
    ["minutes past 59 after hours", "?t=1:75:00", ""],
    ["four clock parts", "?t=1:2:3:4", ""],
    ["a lone colon", "?t=:", ""],
    ["a trailing colon", "?t=12:", ""],
    ["units in the wrong order", "?t=34s12m", ""],
    ["units without numbers", "?t=hms", ""],
    ["seconds past 59 after minutes", "?t=1m75s", ""],
    ["a huge number", "?t=99999999999999999999", ""],
    ["a time past a day", `?t=${MAX_DEEP_LINK_SECONDS + 1}`, ""],
    ["exponent notation", "?t=1e3", ""],
    ["hex", "?t=0x10", ""],
    ["a malformed fragment", "", "#t=-5"],
    ["an empty fragment", "", "#t="],
  ])("%s", (_label, search, hash) => {
    expect(parseDeepLinkTime(search, hash)).toBeNull();
  });
});

describe("parseDeepLinkTime with a known duration", () => {
  it("accepts times up to the duration and ignores later ones", () => {
    expect(parseDeepLinkTime("?t=2472", "", 2472)).toBe(2472);
    expect(parseDeepLinkTime("?t=1200", "", 2472)).toBe(1200);
    expect(parseDeepLinkTime("?t=2473", "", 2472)).toBeNull();
    expect(parseDeepLinkTime("?t=1h", "", 2472)).toBeNull();
  });

  it("treats an unknown duration as no limit", () => {
    expect(parseDeepLinkTime("?t=3600", "", null)).toBe(3600);
    expect(parseDeepLinkTime("?t=3600", "", undefined)).toBe(3600);
  });
});

describe("parseTimeValue", () => {
  it("accepts exactly the day limit", () => {
    expect(parseTimeValue(String(MAX_DEEP_LINK_SECONDS))).toBe(MAX_DEEP_LINK_SECONDS);
    expect(parseTimeValue("24:00:00")).toBe(MAX_DEEP_LINK_SECONDS);
    expect(parseTimeValue("24:00:01")).toBeNull();
  });
});
