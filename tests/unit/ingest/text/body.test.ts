// parseBody with and without the show's own rules: the host's promotion wording and course sites are
// data (data/shows/), so the same line reads differently without them.
import { describe, expect, it } from "vitest";
import { NO_SHOW_RULES } from "@/lib/catalog/links";
import { parseBody } from "@/lib/ingest/text/body";
import { seedShow } from "@/tests/fixtures/seed-show";

const lines = [
  { text: "0:00 Intro Backend Troubleshooting Course https://performance.husseinnasser.com", number: 7 },
  { text: "2:00 The end", number: 8 },
];

describe("parseBody", () => {
  it("keeps the host's promotion out of a chapter title and labels its link with it", () => {
    const body = parseBody(lines, "000.txt", null, seedShow);
    expect(body.chapters).toEqual([
      { start: 0, title: "Intro", subpoints: [] },
      { start: 120, title: "The end", subpoints: [] },
    ]);
    expect(body.description).toBe("Backend Troubleshooting Course\nhttps://performance.husseinnasser.com");
    expect(body.links).toEqual([
      {
        url: "https://performance.husseinnasser.com",
        kind: "course",
        label: "Backend Troubleshooting Course",
      },
    ]);
    expect(body.issues).toEqual([]);
  });

  it("reads the same words as the chapter's title without the show's rules", () => {
    const body = parseBody(lines, "000.txt", null, NO_SHOW_RULES);
    expect(body.chapters[0]).toEqual({
      start: 0,
      title: "Intro Backend Troubleshooting Course",
      subpoints: [],
    });
    expect(body.description).toBe("https://performance.husseinnasser.com");
    expect(body.links).toEqual([
      { url: "https://performance.husseinnasser.com", kind: "reference", label: null },
    ]);
  });

  it("leaves out a line repeating the title, and puts URLs back as the source wrote them", () => {
    const body = parseBody(
      [
        { text: "Kernel-level TLS!", number: 2 },
        { text: "Docs: docs.kernel.org/networking/tls-offload.html and more.", number: 3 },
      ],
      "000.txt",
      "Kernel level TLS",
      seedShow,
    );
    expect(body.description).toBe("Docs: docs.kernel.org/networking/tls-offload.html and more.");
    expect(body.links).toEqual([
      { url: "https://docs.kernel.org/networking/tls-offload.html", kind: "reference", label: "Docs" },
    ]);
    expect(body.issues).toEqual([
      {
        file: "000.txt",
        line: 2,
        severity: "info",
        code: "repeated-title",
        message: "line repeats the episode title; left out",
      },
    ]);
  });
});

/** These texts as lines 20, 21, … of page.txt, read without show rules. */
const bodyOf = (texts: string[]) =>
  parseBody(
    texts.map((text, index) => ({ text, number: 20 + index })),
    "page.txt",
    null,
    NO_SHOW_RULES,
  );

describe("parseBody: what opens the chapter list is not the description's", () => {
  it("leaves out the bracket that opens the first chapter time", () => {
    const body = bodyOf(["She remembers a detail nobody wrote down. [00:00] Recap [03:40] The deckhand"]);
    expect(body.description).toBe("She remembers a detail nobody wrote down.");
    expect(body.chapters.map((chapter) => [chapter.start, chapter.title])).toEqual([
      [0, "Recap"],
      [220, "The deckhand"],
    ]);
  });

  it("keeps a bracket that closes a phrase before the first time", () => {
    const body = bodyOf(["Part two (of three). 0:00 Recap 3:40 The deckhand"]);
    expect(body.description).toBe("Part two (of three).");
  });

  it("leaves out a list heading ending the prose line above the list", () => {
    const body = bodyOf(["Only two arrived home. Chapters:", "0:00 Intro", "4:15 The night clerk's log"]);
    expect(body.description).toBe("Only two arrived home.");
    expect(body.chapters).toHaveLength(2);
    expect(body.issues).toContainEqual(
      expect.objectContaining({
        line: 20,
        code: "chapter-heading",
        message: expect.stringContaining('"Chapters:"'),
      }),
    );
  });

  it("keeps the word when it is the sentence's, or when no list follows", () => {
    const prose = bodyOf(["We argue about podcast chapters", "0:00 Intro", "4:15 Arguments"]);
    expect(prose.description).toBe("We argue about podcast chapters");
    const noList = bodyOf(["Only two arrived home. Chapters:", "More soon."]);
    expect(noList.description).toBe("Only two arrived home. Chapters:\nMore soon.");
  });
});

describe("parseBody: chapter times set off by full-width brackets and separators", () => {
  const titles = (text: string) => bodyOf([text]).chapters.map((chapter) => [chapter.start, chapter.title]);

  it("reads 【00:00】 brackets without leaving them on the titles or the description", () => {
    const body = bodyOf([
      "家族に食べてもらいました。【00:00】オープニング【03:10】照り焼きの科学【14:25】1:1、2:1で比較",
    ]);
    expect(body.description).toBe("家族に食べてもらいました。");
    expect(titles("【00:00】オープニング【03:10】照り焼きの科学【14:25】1:1、2:1で比較")).toEqual([
      [0, "オープニング"],
      [190, "照り焼きの科学"],
      [865, "1:1、2:1で比較"],
    ]);
  });

  it("reads '〜' after a time and '｜' between items as separators", () => {
    expect(titles("0:00〜 はじめに 4:20〜 木村さんとパンとの出会い")).toEqual([
      [0, "はじめに"],
      [260, "木村さんとパンとの出会い"],
    ]);
    expect(titles("【时间轴】00:00 开场｜03:30 擂鼓墩的发现｜15:20 一钟双音的秘密")).toEqual([
      [0, "开场"],
      [210, "擂鼓墩的发现"],
      [920, "一钟双音的秘密"],
    ]);
  });
});

describe("parseBody: headings of a chapter list in any language", () => {
  it("leaves out a short label ending in a colon right above the list", () => {
    for (const heading of ["Capítulos:", "本期时间轴：", "In this episode:"]) {
      const body = bodyOf(["Una historia.", heading, "0:00 Intro", "4:00 Más"]);
      expect([heading, body.description]).toEqual([heading, "Una historia."]);
    }
  });

  it("keeps a label with no list below it, and a sentence or a date ending in a colon", () => {
    expect(bodyOf(["Capítulos:", "Pronto."]).description).toBe("Capítulos:\nPronto.");
    expect(bodyOf(["Recorded live on March 3:", "0:00 Intro", "4:00 More"]).description).toBe(
      "Recorded live on March 3:",
    );
  });

  it("leaves out a bracketed label right before the first time", () => {
    const body = bodyOf(["还能完整演奏一首曲子。【时间轴】00:00 开场｜03:30 擂鼓墩的发现"]);
    expect(body.description).toBe("还能完整演奏一首曲子。");
    expect(body.chapters).toHaveLength(2);
  });
});

describe("parseBody: '·' and '▶' between inline chapters", () => {
  it("keeps them off the titles", () => {
    const titlesOf = (text: string) => bodyOf([text]).chapters.map((chapter) => chapter.title);
    expect(titlesOf("0:00:00 Cold open · 0:03:40 What a sale-leaseback is · 0:14:25 The numbers")).toEqual([
      "Cold open",
      "What a sale-leaseback is",
      "The numbers",
    ]);
    expect(titlesOf("▶ 00:00 오프닝 ▶ 04:12 개막전의 기억 ▶ 19:45 정책")).toEqual([
      "오프닝",
      "개막전의 기억",
      "정책",
    ]);
  });
});
