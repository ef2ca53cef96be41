import { describe, expect, it } from "vitest";
import type { Catalog, CatalogEpisode, Issue } from "@/lib/catalog/schema";

type ChapterRecord = CatalogEpisode["chapters"][number];
import { buildReport, showLines, summarizeCatalog, type ReportFinding } from "@/lib/ingest/report";
import { smallCatalog } from "@/tests/fixtures/catalog/small-catalog";

let line = 0;
function episode(
  slug: string,
  displayTitle: string,
  chapters: ChapterRecord[],
  extra: Partial<CatalogEpisode> = {},
): CatalogEpisode {
  line += 10;
  return {
    slug,
    show: "show",
    title: displayTitle,
    displayTitle,
    titleSource: "source",
    description: "",
    chapters,
    links: [],
    sources: [{ file: "a.txt", line }],
    publishedAt: null,
    publishedPrecision: null,
    durationSeconds: null,
    durationPrecision: null,
    youtubeId: null,
    youtubeIdConfidence: null,
    factSources: {},
    topics: [],
    ...extra,
  };
}

const at = (...starts: number[]): ChapterRecord[] =>
  starts.map((start, index) => ({ start, title: `Part ${index + 1}`, subpoints: [], topics: [] }));

function catalogOf(episodes: CatalogEpisode[], issues: Issue[] = []): Catalog {
  return {
    shows: [
      {
        slug: "show",
        name: "Show",
        author: null,
        description: null,
        links: [],
        artworkUrl: null,
        feedUrl: null,
        youtubeChannel: null,
        isDefault: true,
      },
    ],
    sourceShows: [{ file: "a.txt", show: "show", assignedBy: "default" }],
    topics: [],
    episodes,
    issues,
    stats: {
      files: 1,
      parsedEpisodes: episodes.length,
      mergedDuplicates: 0,
      boilerplateLines: 0,
      factsApplied: 0,
      factsRejected: 0,
    },
  };
}

const codes = (findings: ReportFinding[]) => findings.map((finding) => [finding.episode, finding.code]);

describe("buildReport", () => {
  it("finds nothing wrong with chapters that follow YouTube's rules", () => {
    // 0:00, 0:45, 2:30, 21:40 in a 23:40 episode: four chapters, each at least 10 s.
    const good = episode("good", "Good", at(0, 45, 150, 1300), {
      durationSeconds: 1420,
      durationPrecision: "second",
    });
    expect(buildReport(catalogOf([good]))).toEqual([]);
  });

  it("flags an episode without chapters, with its first source location", () => {
    line = 0;
    expect(buildReport(catalogOf([episode("bare", "Bare", [])]))).toEqual([
      {
        severity: "warning",
        code: "no-chapters",
        episode: "bare",
        file: "a.txt",
        line: 10,
        message: '"Bare" has no chapters',
      },
    ]);
  });

  it("flags a first chapter after 0:00 and fewer than three chapters", () => {
    const findings = buildReport(catalogOf([episode("late", "Late", at(5, 60))]));
    expect(codes(findings)).toEqual([
      ["late", "chapters-first-not-zero"],
      ["late", "chapters-too-few"],
    ]);
    expect(findings[0]!.message).toBe('first chapter "Part 1" starts at 5s; YouTube needs 0:00');
    expect(findings[1]!.message).toBe("2 chapter(s); YouTube needs at least 3");
  });

  it("flags chapters shorter than 10 s, the last one measured against the duration", () => {
    // 0 -> 8 lasts 8 s; 8 -> 100 and 100 -> 200 are fine; 200 -> end (205) lasts 5 s.
    const short = episode("short", "Short", at(0, 8, 100, 200), {
      durationSeconds: 205,
      durationPrecision: "second",
    });
    const findings = buildReport(catalogOf([short]));
    expect(codes(findings)).toEqual([
      ["short", "chapter-too-short"],
      ["short", "chapter-too-short"],
    ]);
    expect(findings.map((finding) => finding.message)).toEqual([
      'chapter "Part 1" lasts 8s; YouTube needs at least 10s',
      'last chapter "Part 4" lasts 5s before the end (205s); YouTube needs at least 10s',
    ]);
  });

  it("does not judge the last chapter when the duration is unknown, and allows a minute of slack for minute precision", () => {
    expect(buildReport(catalogOf([episode("unknown", "Unknown", at(0, 30, 60))]))).toEqual([]);
    const minute = episode("minute", "Minute", at(0, 30, 60), {
      durationSeconds: 60,
      durationPrecision: "minute",
    });
    expect(buildReport(catalogOf([minute]))).toEqual([]);
    const second = episode("second", "Second", at(0, 30, 60), {
      durationSeconds: 60,
      durationPrecision: "second",
    });
    expect(codes(buildReport(catalogOf([second])))).toEqual([["second", "chapter-after-end"]]);
  });

  it("flags chapters that go backwards", () => {
    const backwards = episode("backwards", "Backwards", at(0, 100, 50, 200));
    const findings = buildReport(catalogOf([backwards]));
    expect(codes(findings)).toEqual([["backwards", "chapters-not-ascending"]]);
    expect(findings[0]!.message).toBe('chapter "Part 3" at 50s is not after "Part 2" at 100s');
  });

  it("flags a display title used twice (ignoring case and spacing), on the later episode", () => {
    const findings = buildReport(
      catalogOf([
        episode("kernel-level-tls", "Kernel level TLS", at(0, 60, 120)),
        episode("other", "Other", at(0, 60, 120)),
        episode("kernel-level-tls-2", "kernel level  TLS", at(0, 60, 120)),
      ]),
    );
    expect(codes(findings)).toEqual([["kernel-level-tls-2", "duplicate-title"]]);
    expect(findings[0]!.message).toBe(
      'display title "kernel level  TLS" is also the title of kernel-level-tls',
    );
  });

  it("flags glued words in titles and chapter titles but not camel-case names", () => {
    const chapters = [
      { start: 0, title: "Summary", subpoints: [], topics: [] },
      { start: 330, title: "How did Dynamo lost its DNS?", subpoints: [], topics: [] },
      { start: 976, title: "Network Load Balancer ErrorsRCA", subpoints: [], topics: [] },
    ];
    const glued = episode("outage", "Amazon US-EAST-1 Outage in Details", chapters);
    const named = episode("postgres", "PostgreSQL and JavaScript on GitHub", at(0, 60, 120));
    const findings = buildReport(catalogOf([glued, named]));
    expect(findings).toEqual([
      {
        severity: "info",
        code: "glued-words",
        episode: "outage",
        file: "a.txt",
        line: glued.sources[0]!.line,
        message: 'chapter at 976s "Network Load Balancer ErrorsRCA" may contain glued words: ErrorsRCA',
      },
    ]);
  });

  it("passes on fact issues and nothing else from the catalog's issues", () => {
    const issues: Issue[] = [
      {
        file: "episode-facts.json",
        line: 12,
        severity: "warning",
        code: "fact-contradiction",
        message: "duration disagrees",
      },
      {
        file: "episode-facts.json",
        line: 40,
        severity: "info",
        code: "fact-unmatched",
        message: "no episode matches",
      },
      { file: "a.txt", line: 3, severity: "warning", code: "chapter-order", message: "not a fact" },
    ];
    expect(buildReport(catalogOf([episode("ok", "Ok", at(0, 60, 120))], issues))).toEqual([
      {
        severity: "warning",
        code: "fact-contradiction",
        file: "episode-facts.json",
        line: 12,
        message: "duration disagrees",
      },
      {
        severity: "info",
        code: "fact-unmatched",
        file: "episode-facts.json",
        line: 40,
        message: "no episode matches",
      },
    ]);
  });

  it("reports the hand-built small catalog's findings", () => {
    // Long polling: 0/45/150/1300 of 1420 s is fine. Sockets: 0/98/470, last 1210 s to the end: fine.
    // The book has no chapters. One fact contradiction.
    expect(codes(buildReport(smallCatalog()))).toEqual([
      ["my-new-book-root-cause", "no-chapters"],
      [undefined, "fact-contradiction"],
    ]);
  });
});

describe("summarizeCatalog", () => {
  it("counts the small catalog", () => {
    expect(summarizeCatalog(smallCatalog())).toEqual({
      shows: [{ slug: "the-backend-engineering-show", name: "The Backend Engineering Show", episodes: 3 }],
      sources: [],
      files: 3,
      episodes: 3,
      chapters: 7,
      episodesWithChapters: 2,
      links: 3,
      linksByKind: { youtube: 1, reference: 1, course: 1, support: 0, social: 0 },
      crossLinks: 1,
      mergedDuplicates: 1,
      factsApplied: 6,
      factsRejected: 1,
      boilerplateLines: 12,
      issues: { error: 0, warning: 1, info: 1 },
    });
  });
});

describe("showLines", () => {
  it("prints each show, then each source with how it was read (layout, record shape, episodes, chrome)", () => {
    const summary = summarizeCatalog({
      ...smallCatalog(),
      sourceShows: [
        {
          file: "pocket-astronomy.txt",
          show: "the-backend-engineering-show",
          assignedBy: "page-header",
          layout: "record-shape",
          recordShape: "date, title, description, duration",
          episodes: 2,
          chromeLines: 5,
        },
        {
          file: "pairs.txt",
          show: "the-backend-engineering-show",
          assignedBy: "default",
          layout: "title-description-pairs",
          recordShape: null,
          episodes: 3,
          chromeLines: 0,
        },
        // A catalog imported from an export knows no layouts.
        { file: "old.txt", show: "the-backend-engineering-show", assignedBy: "stated" },
      ],
    });
    expect(showLines(summary)).toEqual([
      "1 show(s):",
      "  the-backend-engineering-show: The Backend Engineering Show (3 episodes, default)",
      "sources:",
      "  pocket-astronomy.txt -> the-backend-engineering-show (page-header) · record-shape (date, title, description, duration) · 2 episodes · 5 chrome lines",
      "  pairs.txt -> the-backend-engineering-show (default) · title-description-pairs · 3 episodes · 0 chrome lines",
      "  old.txt -> the-backend-engineering-show (stated)",
    ]);
  });
});
