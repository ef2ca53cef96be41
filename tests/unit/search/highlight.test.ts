import { describe, expect, it } from "vitest";
import {
  MARK_CLOSE,
  MARK_OPEN,
  parseMarkedHtml,
  plainText,
  toHighlighted,
  toMarkedHtml,
} from "@/lib/search/highlight";
import type { Highlighted } from "@/lib/search/types";

describe("toHighlighted", () => {
  it("splits FTS5 output at the marks", () => {
    expect(toHighlighted(`the ${MARK_OPEN}TLB${MARK_CLOSE} and ${MARK_OPEN}page${MARK_CLOSE}`)).toEqual([
      { text: "the ", marked: false },
      { text: "TLB", marked: true },
      { text: " and ", marked: false },
      { text: "page", marked: true },
    ]);
  });

  it("gives nothing for empty text and plain runs for unmarked text", () => {
    expect(toHighlighted("")).toEqual([]);
    expect(toHighlighted("no match")).toEqual([{ text: "no match", marked: false }]);
  });
});

describe("toMarkedHtml", () => {
  it("escapes the text and puts the matches in <mark>", () => {
    expect(
      toMarkedHtml([
        { text: "<b>&", marked: false },
        { text: "x", marked: true },
      ]),
    ).toBe("&#60;b&#62;&#38;<mark>x</mark>");
  });
});

describe("plainText", () => {
  it("joins the runs", () => {
    expect(
      plainText([
        { text: "io ", marked: false },
        { text: "uring", marked: true },
      ]),
    ).toBe("io uring");
  });
});

describe("parseMarkedHtml", () => {
  it("reads marks and entities", () => {
    expect(parseMarkedHtml("a <mark>b&#38;c</mark> &lt;d&gt;")).toEqual([
      { text: "a ", marked: false },
      { text: "b&c", marked: true },
      { text: " <d>", marked: false },
    ]);
  });

  it("keeps unknown names as written and drops references past U+10FFFF", () => {
    expect(parseMarkedHtml("&nope; &#x110000; &#x41;")).toEqual([{ text: "&nope;  A", marked: false }]);
  });

  it("round-trips toMarkedHtml, markup-like text staying text", () => {
    const parts: Highlighted = [
      { text: "<script>alert('x')</script> & ", marked: false },
      { text: "<mark>", marked: true },
      { text: ' "quoted" &#38; 😀', marked: false },
    ];
    expect(parseMarkedHtml(toMarkedHtml(parts))).toEqual(parts);
  });
});
