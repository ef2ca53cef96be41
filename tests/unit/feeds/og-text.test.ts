import { describe, expect, it } from "vitest";
import { ogEpisodeFacts, ogSafeText, ogTitleSize } from "@/lib/feeds/og-text";

describe("ogSafeText", () => {
  it("keeps Latin text and typographic punctuation the bundled font draws", () => {
    expect(ogSafeText("Why Loom Users got each others’ sessions – “March” …")).toBe(
      "Why Loom Users got each others’ sessions – “March” …",
    );
    expect(ogSafeText("Café · naïve · Łódź")).toBe("Café · naïve · Łódź");
  });

  it("drops what would make next/og fetch a font or emoji", () => {
    expect(ogSafeText("Postgres 🐘 18")).toBe("Postgres 18");
    expect(ogSafeText("🧑‍🏫 Courses")).toBe("Courses");
    expect(ogSafeText("数据库 DB")).toBe("DB");
    expect(ogSafeText("a\u2011b")).toBe("a b");
  });
});

describe("ogEpisodeFacts", () => {
  it("says chapters and duration, marking minute-precision durations", () => {
    expect(ogEpisodeFacts({ chapterCount: 14, durationSeconds: 2472, durationPrecision: "second" })).toBe(
      "14 chapters · 41:12",
    );
    expect(ogEpisodeFacts({ chapterCount: 1, durationSeconds: 1740, durationPrecision: "minute" })).toBe(
      "1 chapter · ~29:00",
    );
    expect(ogEpisodeFacts({ chapterCount: 0, durationSeconds: null, durationPrecision: null })).toBe("");
  });
});

describe("ogTitleSize", () => {
  it("shrinks long titles", () => {
    expect(ogTitleSize("Page Tables")).toBeGreaterThan(ogTitleSize("x".repeat(60)));
    expect(ogTitleSize("x".repeat(60))).toBeGreaterThan(ogTitleSize("x".repeat(90)));
  });
});
