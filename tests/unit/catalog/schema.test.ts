// The cross-field rule of a publication date and its precision, as a parser's episode states it.
import { describe, expect, it } from "vitest";
import { parsedEpisodeSchema } from "@/lib/catalog/schema";

const episode = {
  title: "Page Tables",
  description: "Page tables and the TLB.",
  chapters: [],
  links: [],
  source: { file: "list.txt", line: 3 },
};

const problems = (dates: object) =>
  parsedEpisodeSchema
    .safeParse({ ...episode, ...dates })
    .error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("parsedEpisodeSchema: publishedAt and publishedPrecision", () => {
  it("takes a day, the first of a month and the first of a year at their precisions", () => {
    expect(problems({ publishedAt: "2025-06-13", publishedPrecision: "day" })).toEqual([]);
    expect(problems({ publishedAt: "2025-05-01", publishedPrecision: "month" })).toEqual([]);
    expect(problems({ publishedAt: "2024-01-01", publishedPrecision: "year" })).toEqual([]);
    expect(problems({ publishedAt: null, publishedPrecision: null })).toEqual([]);
  });

  it("takes a date without a precision (a calendar day, as the dated-list layout gives it)", () => {
    expect(problems({ publishedAt: "2025-12-15" })).toEqual([]);
  });

  it("refuses a precision without a date", () => {
    expect(problems({ publishedPrecision: "month" })).toEqual([
      'publishedPrecision: a date precision ("month") without a publishedAt',
    ]);
  });

  it("refuses a month or year date that is not its first day", () => {
    expect(problems({ publishedAt: "2025-05-13", publishedPrecision: "month" })).toEqual([
      "publishedAt: a date of month precision is the first day of its month, not 2025-05-13",
    ]);
    expect(problems({ publishedAt: "2024-03-01", publishedPrecision: "year" })).toEqual([
      "publishedAt: a date of year precision is the first day of its year, not 2024-03-01",
    ]);
  });
});
