// What each line of a pasted page is on its own (lib/ingest/text/lines.ts), before records.ts gives it a
// role: link, chapter, date/duration ("meta"), counts and ratings ("stats"), sentences ("prose") or a
// short line, and whether a short line could be an episode's title.
import { describe, expect, it } from "vitest";
import { pageLines, readLine, wordCount } from "@/lib/ingest/text/lines";

const kindOf = (text: string) => readLine(text, 1).kind;

describe("readLine: kinds", () => {
  it("reads a date, a duration or a clock on its own line as meta", () => {
    for (const text of [
      "Jun 13, 2025 · 23 min",
      "22:55",
      "May 2025",
      "41m 12s",
      "59 min 24 sec",
      "Published Mar 4, 2024",
    ])
      expect([text, kindOf(text)]).toEqual([text, "meta"]);
  });

  it("keeps what a meta line says: the date and a duration of minute precision", () => {
    const line = readLine("Jun 13, 2025 · 23 min", 4);
    expect(line.meta?.dates).toEqual([expect.objectContaining({ year: 2025, month: 6, day: 13 })]);
    expect(line.meta?.durations).toEqual([
      expect.objectContaining({ seconds: 23 * 60, precision: "minute" }),
    ]);
    // "22:55" alone: a running time to the second, not a chapter.
    expect(readLine("22:55", 9).meta?.durations).toEqual([
      expect.objectContaining({ seconds: 22 * 60 + 55, precision: "second" }),
    ]);
    // "May 2025": a month, no day.
    expect(readLine("May 2025", 2).meta?.dates).toEqual([
      expect.objectContaining({ year: 2025, month: 5, day: null }),
    ]);
  });

  it("reads counts and ratings as stats", () => {
    for (const text of [
      "481 episodes",
      "• 4.9",
      "273 Listeners",
      "5.0 • 1 Rating",
      "Subscribers: 1545",
      "0.5x",
    ])
      expect([text, kindOf(text)]).toEqual([text, "stats"]);
    // A badge or a close button of one letter.
    expect(kindOf("E")).toBe("stats");
    expect(kindOf("x")).toBe("stats");
  });

  it("reads a line of links (maybe with a short label) as url", () => {
    expect(kindOf("https://example.org/episodes/42")).toBe("url");
    expect(kindOf("https://a.example/notes https://b.example/map")).toBe("url");
    // A short label before the link is still a link line; a sentence around one is not.
    expect(kindOf("Show notes: https://example.org/notes")).toBe("url");
    expect(
      kindOf("Read the whole story of the lighthouse on our website https://example.org/notes"),
    ).not.toBe("url");
  });

  it("reads a timestamp followed by words as a chapter", () => {
    expect(kindOf("0:00 Intro")).toBe("chapter");
    expect(kindOf("1:02:30 Questions from listeners")).toBe("chapter");
    // A bare timestamp is a time, not a chapter.
    expect(kindOf("22:55")).not.toBe("chapter");
  });

  it("reads sentences as prose, and a short line as short", () => {
    expect(kindOf("Sharks sleep with one eye open. Nobody knows why.")).toBe("prose");
    expect(kindOf("Why do owls hunt at night? And where do they sleep?")).toBe("prose");
    // Long text is prose whatever its punctuation (a description the copy cut mid-sentence).
    expect(
      kindOf(
        "The rest of the story is told here in a long sentence that keeps going without any full stop because the page cut it off in the middle of",
      ),
    ).toBe("prose");
    expect(kindOf("Discussing Layer 7 Reverse")).toBe("short");
    expect(kindOf("Episodes")).toBe("short");
  });

  it("reads a title with one question in it as short, not as sentences", () => {
    expect(kindOf("How Does X Work? Explained Simply")).toBe("short");
    expect(kindOf("How Does a Fridge Keep Cold? Explained Simply")).toBe("short");
    // An ellipsis inside a title does not end a sentence.
    expect(kindOf("We Walked the Whole Coast... and Then It Rained")).toBe("short");
  });
});

describe("readLine: titleLike", () => {
  it("marks a short line that could be an episode's title", () => {
    expect(readLine("Discussing Layer 7 Reverse", 1).titleLike).toBe(true);
    expect(readLine("How Does X Work? Explained Simply", 1).titleLike).toBe(true);
    // A "Label: value" field reads like a title here; records.ts never takes it for one.
    expect(readLine("Category: History", 1)).toMatchObject({ kind: "short", titleLike: true });
  });

  it("never marks a line of another kind, or one of fewer than three letters", () => {
    for (const text of [
      "Jun 13, 2025 · 23 min",
      "481 episodes",
      "0:00 Intro",
      "https://example.org/episodes/42",
      "Sharks sleep with one eye open. Nobody knows why.",
      "Go",
    ])
      expect([text, readLine(text, 1).titleLike]).toEqual([text, false]);
  });
});

describe("readLine: words and keys", () => {
  it("keeps distinct lower-case words of three characters or more", () => {
    expect([...readLine("Why Mars Looks Red: Mars Dust", 1).words].sort()).toEqual([
      "dust",
      "looks",
      "mars",
      "red",
      "why",
    ]);
  });

  it("normalises the key for comparing lines", () => {
    const line = readLine("Fog Signals — Explained!", 7, true);
    expect(line).toMatchObject({
      number: 7,
      text: "Fog Signals — Explained!",
      key: "fog signals explained",
      afterBlank: true,
    });
  });

  it("counts words", () => {
    expect(wordCount("Jun 13, 2025 · 23 min")).toBe(5);
    expect(wordCount("• 4.9")).toBe(2);
  });
});

describe("pageLines", () => {
  it("gives one line per non-blank line, with its number and whether a blank line came before", () => {
    const lines = pageLines([
      { text: "Harbor Lights", number: 1 },
      { text: "", number: 2 },
      { text: "   ", number: 3 },
      { text: "  Fog Signals Explained  ", number: 4 },
      { text: "Feb 19, 2024", number: 5 },
    ]);
    expect(lines.map((line) => [line.number, line.text, line.afterBlank, line.kind])).toEqual([
      [1, "Harbor Lights", false, "short"],
      [4, "Fog Signals Explained", true, "short"],
      [5, "Feb 19, 2024", false, "meta"],
    ]);
  });
});

describe("readLine: titles that carry a date or a duration, and markup", () => {
  it("reads title words around a duration, or before a closing date, as a title", () => {
    for (const text of ["SSA Form in 25 Minutes", "Episode 11 – Logging Without Tears (Feb 18, 2024)"]) {
      const line = readLine(text, 1);
      expect([text, line.kind, line.titleLike]).toEqual([text, "short", true]);
    }
    // …and keeps what it says, for the episode.
    expect(readLine("Episode 11 – Logging Without Tears (Feb 18, 2024)", 1).meta?.dates).toEqual([
      expect.objectContaining({ year: 2024, month: 2, day: 18 }),
    ]);
  });

  it("keeps labelled dates and durations as meta", () => {
    for (const text of [
      "Posted on March 3, 2024 by Priya Raman",
      "Dauer: 34:12 Min.",
      "Odd Ledgers · Mar 8, 2024 · 47 min",
    ])
      expect([text, kindOf(text)]).toEqual([text, "meta"]);
  });

  it("reads embed code shown on a page as markup", () => {
    expect(kindOf('<a href="https://example.com/ep/1"><img src="https://example.com/badge.svg"></a>')).toBe(
      "markup",
    );
  });
});

describe("readLine: Chinese and Japanese lines (no spaces between words)", () => {
  it("counts Han text as a word per two characters and kana runs as words", () => {
    expect(wordCount("#47 味噌汁はなぜ冷めにくいのか")).toBe(6);
    expect(wordCount("Kernel level TLS")).toBe(3);
  });

  it("reads a numbered title as a title, and counts next to a label as stats", () => {
    for (const text of [
      "#47 味噌汁はなぜ冷めにくいのか",
      "#45 醤油とみりんは1:1でいいのか",
      "越王勾践剑：两千五百年不锈之谜",
    ]) {
      expect([text, kindOf(text), readLine(text, 1).titleLike]).toEqual([text, "short", true]);
    }
    for (const text of [
      "フォロワー 1,284",
      "エピソード 86",
      "コメント 3",
      "播放 1286.5万",
      "评价（3.1万）",
      "2日前",
    ])
      expect([text, kindOf(text)]).toEqual([text, "stats"]);
  });

  it("reads a paragraph as prose, and a line ending like a sentence as no title", () => {
    const paragraph =
      "1969年，甘肃武威雷台汉墓出土了一件铜奔马，三足腾空，一足踏在一只飞鸟的背上。它到底该叫“马踏飞燕”还是“铜奔马”？";
    expect(kindOf(paragraph)).toBe("prose");
    expect(kindOf("元高校化学教師。好きな元素は炭素。")).toBe("prose");
    expect(readLine("本期时间轴：", 1).titleLike).toBe(false);
  });

  it("tells a chapter line from a remark that starts with a time", () => {
    expect(kindOf("19:40 お椀の形で温度は変わるか")).toBe("chapter");
    expect(kindOf("0:00〜 はじめに")).toBe("chapter");
    expect(
      kindOf("19:40のあたりの話、さっそく家の汁椀で試しました！木のお椀が一番冷めにくかったです。"),
    ).toBe("prose");
  });

  it("compares Han text by neighbouring characters", () => {
    const title = readLine("越王勾践剑：两千五百年不锈之谜", 1);
    const description = readLine("湖北江陵出土了一把青铜剑，铭文“越王鸠浅，自作用剑”。", 2);
    expect([...title.words].filter((word) => description.words.has(word))).toEqual(["越王"]);
  });
});

describe("readLine: numbered titles and Russian dates", () => {
  it("reads an episode's number before its name as a title, not a count", () => {
    expect([
      kindOf("#111 – Chasing Sub-3 at 50"),
      readLine("#111 – Chasing Sub-3 at 50", 1).titleLike,
    ]).toEqual(["short", true]);
    expect(kindOf("#111")).toBe("stats");
    // A year with its Korean suffix is a word of the title, not a count.
    expect(kindOf("286. 1982년, 프로야구가 시작되던 해")).toBe("short");
    for (const text of ["재생 9,870", "1.2K plays", "댓글 41"])
      expect([text, kindOf(text)]).toEqual([text, "stats"]);
  });

  it("reads a Russian date and duration line", () => {
    const line = readLine("14 марта 2025 · 1 ч 04 мин", 3);
    expect(line.kind).toBe("meta");
    expect(line.meta?.dates).toEqual([expect.objectContaining({ year: 2025, month: 3, day: 14 })]);
    expect(line.meta?.durations).toEqual([expect.objectContaining({ seconds: 3840 })]);
    expect(readLine("28 февраля 2025 · 56 мин", 4).meta?.durations).toEqual([
      expect.objectContaining({ seconds: 56 * 60 }),
    ]);
  });
});
