// The grader port (tests/support/grade-parse.ts) on small hand-made truth/prediction pairs. Every expected
// number below was counted by hand from the pair above it, following ../shared/tools/grade_parse.py.
import { describe, expect, it } from "vitest";

import {
  fixed3,
  grade,
  norm,
  normUrl,
  type GradedEpisode,
  type TruthEpisode,
} from "@/tests/support/grade-parse";

const truthOf = (episode: Partial<TruthEpisode>): TruthEpisode => ({
  title: null,
  descriptionStart: null,
  chapters: [],
  urls: [],
  ...episode,
});
const chapter = (seconds: number, title: string) => ({ t: String(seconds), seconds, title });

describe("norm and normUrl", () => {
  it("fold case, spaces, the ’ quote, compatibility forms and trailing punctuation", () => {
    expect(norm("  Async IO isn’t   done! ")).toBe("async io isn't done!");
    expect(norm("Intro: -")).toBe("intro");
    expect(norm("ﬁle. ")).toBe("file");
    expect(norm("a\u00a0\tb")).toBe("a b");
    // Python's \s includes the information separators; JavaScript's does not.
    expect(norm("a\u001cb")).toBe("a b");
    expect(norm(null)).toBe("");
    expect(norm("...")).toBe("");
  });

  it("drop the scheme and trailing slashes only", () => {
    expect(normUrl(" https://example.com/a/ ")).toBe("example.com/a");
    expect(normUrl("HTTP://x.org//")).toBe("x.org");
    expect(normUrl("www.site.com")).toBe("www.site.com");
    expect(normUrl("mailto:a@b.c")).toBe("mailto:a@b.c");
  });

  it("print three places the way Python does, ties to the even digit", () => {
    expect(fixed3(0.3125)).toBe("0.312");
    expect(fixed3(0.0625)).toBe("0.062");
    expect(fixed3(0.6875)).toBe("0.688");
    expect(fixed3(2 / 3)).toBe("0.667");
    expect(fixed3(1)).toBe("1.000");
    expect(fixed3(0)).toBe("0.000");
  });
});

describe("grade", () => {
  // A: found by title, one chapter retitled, one extra; B: untitled, found by description, a URL missing;
  // C: found by title, an extra URL; D: never parsed. Plus one spurious prediction.
  const truth: TruthEpisode[] = [
    truthOf({
      title: "Kernel level TLS",
      descriptionStart: "ktls is brilliant",
      chapters: [chapter(0, "Intro"), chapter(120, "ktls")],
      urls: ["https://oscourse.win"],
    }),
    truthOf({
      descriptionStart: "Iyad and Ahmed talk about the news of the week and other things",
      chapters: [chapter(0, "Egypt's troubles"), chapter(260, "Syriana")],
      urls: ["www.cbc.ca/a"],
    }),
    truthOf({ title: "Graceful shutdown in HTTP", descriptionStart: "There are cases" }),
    truthOf({ title: "Missing one", descriptionStart: "Never parsed", chapters: [chapter(60, "x")] }),
  ];
  const predicted: GradedEpisode[] = [
    {
      title: "Listeners also like",
      description: "More shows",
      chapters: [],
      links: [],
    },
    {
      title: "kernel level tls.",
      description: "ktls is brilliant, and more",
      chapters: [
        { start: 0, title: "Intro." },
        { start: 120, title: "Kernel TLS" },
        { start: 300, title: "Extra" },
      ],
      links: [{ url: "oscourse.win/" }],
    },
    {
      title: null,
      description: "  IYAD and Ahmed talk about the news of the week, again",
      // 260.5 rounds to 260 as Python's round() does (Math.round would give 261).
      chapters: [
        { start: 0, title: "Egypt’s troubles" },
        { start: 260.5, title: "Syriana" },
      ],
      links: [],
    },
    {
      title: "Graceful shutdown in http",
      description: "There are cases where",
      chapters: [],
      links: [{ url: "https://extra.example/" }],
    },
  ];
  const result = grade(truth, predicted);

  it("counts episodes found, spurious and exact titles", () => {
    expect(result).toMatchObject({ found: 3, truthEpisodes: 4, spurious: 1, titlesExact: 2, titled: 3 });
  });

  it("scores chapters by time and title, chapter times alone, and URLs", () => {
    // Chapters: tp (0 intro), (0 egypt's troubles), (260 syriana) = 3; fp (120 kernel tls), (300 extra) = 2;
    // fn (120 ktls), (60 x) = 2. Times: tp 0, 120, 0, 260 = 4; fp 300; fn 60. URLs: tp 1, fp 1, fn 1.
    expect(result.chapters).toEqual({ precision: 0.6, recall: 0.6, f1: expect.closeTo(0.6, 12) });
    expect(result.chapterTimes).toEqual({ precision: 0.8, recall: 0.8, f1: expect.closeTo(0.8, 12) });
    expect(result.urls).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it("prints the grader's lines, worst misses first (ties by episode name, descending)", () => {
    expect(result.lines).toEqual([
      "episodes found 3/4, spurious 1",
      "titles exact 2/3",
      "chapters (time+title) P 0.600 R 0.600 F1 0.600",
      "chapter times P 0.800 R 0.800 F1 0.800",
      "urls P 0.500 R 0.500 F1 0.500",
      "  off: (3, 'Kernel level TLS', [(120, 'ktls')], [(120, 'kernel tls'), (300, 'extra')], [], [])",
      "  off: (1, 'Missing one', [(60, 'x')], [], [], [])",
      "  off: (1, 'Iyad and Ahmed talk about the news of th', [], [], ['www.cbc.ca/a'], [])",
      "  off: (1, 'Graceful shutdown in HTTP', [], [], [], ['extra.example'])",
      "short: episodes 3/4 spurious 1 titles 2/3 chapterF1 0.600 urlF1 0.500",
    ]);
    expect(result.summary).toBe(result.lines.at(-1));
    expect(result.holds).toBe(false);
    expect(result.worst[0]).toEqual({
      misses: 3,
      episode: "Kernel level TLS",
      missingChapters: [[120, "ktls"]],
      extraChapters: [
        [120, "kernel tls"],
        [300, "extra"],
      ],
      missingUrls: [],
      extraUrls: [],
    });
  });

  it("matches by title first, uses each prediction once, then by the description's first 30 characters", () => {
    const twice = grade(
      [
        truthOf({ title: "Same", descriptionStart: "second one" }),
        truthOf({ title: "Same", descriptionStart: "first one" }),
        truthOf({ descriptionStart: "Page faults occurs when the process tries to access a memory" }),
      ],
      [
        { title: "Same", description: "second one here" },
        // Found by description anywhere in it; its title is then not exact.
        { title: "Other", description: "Intro: first one and more" },
        { title: null, description: "Page faults occurs when the program crashes" },
      ],
    );
    expect(twice).toMatchObject({ found: 3, spurious: 0, titlesExact: 1, titled: 2, holds: false });
    expect(twice.summary).toBe("short: episodes 3/3 spurious 0 titles 1/2 chapterF1 1.000 urlF1 1.000");
  });

  it("slices descriptions by code points, as Python does", () => {
    // Python's key is 30 emoji; a UTF-16 slice would be 15 and wrongly match 20 emoji.
    const emoji = "😀";
    const truth = [truthOf({ descriptionStart: `${emoji.repeat(45)} rest` })];
    expect(grade(truth, [{ title: null, description: `${emoji.repeat(20)} other` }]).found).toBe(0);
    expect(grade(truth, [{ title: null, description: `${emoji.repeat(30)} other` }]).found).toBe(1);
    // The worst-miss name is the first 40 code points.
    const missed = grade(truth, [{ title: null, description: "x", chapters: [] }]);
    expect(missed.worst).toEqual([]);
    const withChapter = grade([{ ...truth[0]!, chapters: [chapter(5, "a")] }], []);
    expect(withChapter.worst[0]!.episode).toBe(emoji.repeat(40));
  });

  it("quotes names in the off: lines as Python's repr does", () => {
    const quoted = grade(
      [
        truthOf({ title: "Egypt's troubles", chapters: [chapter(0, "Intro")] }),
        truthOf({ title: `say "it's"`, chapters: [chapter(0, "a\\b")] }),
      ],
      [],
    );
    expect(quoted.lines.filter((line) => line.startsWith("  off:"))).toEqual([
      `  off: (1, 'say "it\\'s"', [(0, 'a\\\\b')], [], [], [])`,
      `  off: (1, "Egypt's troubles", [(0, 'intro')], [], [], [])`,
    ]);
  });

  it("holds when every episode is found and both F1 reach their bars", () => {
    const truth = [
      truthOf({
        title: "T",
        chapters: [
          chapter(0, "a"),
          chapter(60, "b"),
          chapter(120, "c"),
          chapter(180, "d"),
          chapter(240, "e"),
        ],
      }),
    ];
    const four: GradedEpisode[] = [
      {
        title: "T",
        description: "",
        chapters: [0, 60, 120, 180].map((start, i) => ({ start, title: "abcd"[i]! })),
        links: [],
      },
    ];
    // tp 4, fp 0, fn 1: P 1, R 0.8, F1 1.6/1.8 = 0.889. No URLs on either side: P = R = F1 = 1.
    expect(grade(truth, four).summary).toBe(
      "short: episodes 1/1 spurious 0 titles 1/1 chapterF1 0.889 urlF1 1.000",
    );
    expect(grade(truth, four, { minChapterF1: 0.88 }).summary).toBe(
      "holds: episodes 1/1 spurious 0 titles 1/1 chapterF1 0.889 urlF1 1.000",
    );
    expect(grade([], []).lines).toEqual([
      "episodes found 0/0, spurious 0",
      "titles exact 0/0",
      "chapters (time+title) P 1.000 R 1.000 F1 1.000",
      "chapter times P 1.000 R 1.000 F1 1.000",
      "urls P 1.000 R 1.000 F1 1.000",
      "holds: episodes 0/0 spurious 0 titles 0/0 chapterF1 1.000 urlF1 1.000",
    ]);
  });
});
