// Data-quality report over a built catalog: what a reader of the site would trip over (missing or
// malformed chapters, duplicate titles, glued words, disputed facts). Pure; the CLI prints it.
import { findGluedWords } from "./text/glue";
import type { Catalog, CatalogEpisode, LinkKind } from "@/lib/catalog/schema";
import { normalizeForCompare } from "@/lib/catalog/text";

export type ReportFinding = {
  severity: "error" | "warning" | "info";
  /** Stable kind, e.g. "no-chapters", "chapters-first-not-zero", "duplicate-title", "glued-words". */
  code: string;
  /** Slug of the episode concerned, when there is one. */
  episode?: string;
  file?: string;
  /** 1-based line; absent (or 0) when the finding concerns the whole file. */
  line?: number;
  message: string;
};

export type CatalogSummary = {
  /** Default show first. */
  shows: { slug: string; name: string; episodes: number }[];
  /** Which show each source file went to and how. */
  sources: Catalog["sourceShows"];
  files: number;
  episodes: number;
  chapters: number;
  episodesWithChapters: number;
  links: number;
  linksByKind: Record<LinkKind, number>;
  crossLinks: number;
  mergedDuplicates: number;
  factsApplied: number;
  factsRejected: number;
  boilerplateLines: number;
  issues: { error: number; warning: number; info: number };
};

/** showLines(summary) -> ["2 show(s):", "  the-backend-engineering-show: The … (56 episodes, default)", …, "  000_a.txt -> the-backend-engineering-show (default)"] */
export function showLines(summary: CatalogSummary): string[] {
  return [
    `${summary.shows.length} show(s):`,
    ...summary.shows.map(
      (show, index) =>
        `  ${show.slug}: ${show.name} (${show.episodes} episodes${index === 0 ? ", default" : ""})`,
    ),
    "sources:",
    ...summary.sources.map(
      (source) => `  ${source.file} -> ${source.show} (${source.assignedBy})${readAs(source)}`,
    ),
  ];
}

/** " · record-shape (title, date, description) · 4 episodes · 36 chrome lines", or "" for an export. */
function readAs(source: CatalogSummary["sources"][number]): string {
  if (source.layout === undefined) return "";
  const shape = source.recordShape ? ` (${source.recordShape})` : "";
  return ` · ${source.layout}${shape} · ${source.episodes ?? 0} episodes · ${source.chromeLines ?? 0} chrome lines`;
}

/** YouTube turns a description's timestamps into chapters only when these hold. */
export const youtubeChapterRules = { minChapters: 3, minChapterSeconds: 10 } as const;

/** Slack for a last chapter when the duration is only known to the minute. */
const minutePrecisionSlackSeconds = 60;

function located(episode: CatalogEpisode): Pick<ReportFinding, "episode" | "file" | "line"> {
  const source = episode.sources[0];
  return { episode: episode.slug, file: source?.file, line: source?.line };
}

function chapterFindings(episode: CatalogEpisode): ReportFinding[] {
  const at = located(episode);
  const chapters = episode.chapters;
  if (chapters.length === 0) {
    return [
      {
        severity: "warning",
        code: "no-chapters",
        ...at,
        message: `"${episode.displayTitle}" has no chapters`,
      },
    ];
  }
  const findings: ReportFinding[] = [];
  const first = chapters[0]!;
  if (first.start !== 0) {
    findings.push({
      severity: "warning",
      code: "chapters-first-not-zero",
      ...at,
      message: `first chapter "${first.title}" starts at ${first.start}s; YouTube needs 0:00`,
    });
  }
  if (chapters.length < youtubeChapterRules.minChapters) {
    findings.push({
      severity: "warning",
      code: "chapters-too-few",
      ...at,
      message: `${chapters.length} chapter(s); YouTube needs at least ${youtubeChapterRules.minChapters}`,
    });
  }
  chapters.forEach((chapter, index) => {
    const next = chapters[index + 1];
    if (next) {
      const length = next.start - chapter.start;
      if (length <= 0) {
        findings.push({
          severity: "warning",
          code: "chapters-not-ascending",
          ...at,
          message: `chapter "${next.title}" at ${next.start}s is not after "${chapter.title}" at ${chapter.start}s`,
        });
      } else if (length < youtubeChapterRules.minChapterSeconds) {
        findings.push({
          severity: "warning",
          code: "chapter-too-short",
          ...at,
          message: `chapter "${chapter.title}" lasts ${length}s; YouTube needs at least ${youtubeChapterRules.minChapterSeconds}s`,
        });
      }
      return;
    }
    if (episode.durationSeconds === null) return;
    const slack = episode.durationPrecision === "minute" ? minutePrecisionSlackSeconds : 0;
    const length = episode.durationSeconds - chapter.start;
    if (length + slack < youtubeChapterRules.minChapterSeconds) {
      findings.push({
        severity: "warning",
        code: length <= 0 ? "chapter-after-end" : "chapter-too-short",
        ...at,
        message:
          length <= 0
            ? `last chapter "${chapter.title}" starts at ${chapter.start}s, at or after the end (${episode.durationSeconds}s)`
            : `last chapter "${chapter.title}" lasts ${length}s before the end (${episode.durationSeconds}s); YouTube needs at least ${youtubeChapterRules.minChapterSeconds}s`,
      });
    }
  });
  return findings;
}

function duplicateTitleFindings(episodes: CatalogEpisode[]): ReportFinding[] {
  const firstByTitle = new Map<string, CatalogEpisode>();
  const findings: ReportFinding[] = [];
  for (const episode of episodes) {
    // Two shows may well have an episode of the same title.
    const key = `${episode.show}\0${normalizeForCompare(episode.displayTitle)}`;
    const first = firstByTitle.get(key);
    if (!first) {
      firstByTitle.set(key, episode);
      continue;
    }
    findings.push({
      severity: "warning",
      code: "duplicate-title",
      ...located(episode),
      message: `display title "${episode.displayTitle}" is also the title of ${first.slug}`,
    });
  }
  return findings;
}

function gluedWordFindings(episode: CatalogEpisode): ReportFinding[] {
  const findings: ReportFinding[] = [];
  const check = (where: string, text: string) => {
    const words = findGluedWords(text);
    if (words.length > 0) {
      findings.push({
        severity: "info",
        code: "glued-words",
        ...located(episode),
        message: `${where} "${text}" may contain glued words: ${words.join(", ")}`,
      });
    }
  };
  check("title", episode.displayTitle);
  for (const chapter of episode.chapters) check(`chapter at ${chapter.start}s`, chapter.title);
  return findings;
}

/** buildReport(catalog) -> [{ severity: "warning", code: "no-chapters", episode: "does-discipline-work", … }] */
export function buildReport(catalog: Catalog): ReportFinding[] {
  const findings: ReportFinding[] = [];
  for (const episode of catalog.episodes) findings.push(...chapterFindings(episode));
  findings.push(...duplicateTitleFindings(catalog.episodes));
  for (const episode of catalog.episodes) findings.push(...gluedWordFindings(episode));
  for (const issue of catalog.issues) {
    if (!issue.code.startsWith("fact-")) continue;
    findings.push({
      severity: issue.severity,
      code: issue.code,
      file: issue.file,
      line: issue.line,
      message: issue.message,
    });
  }
  return findings;
}

/** summarizeCatalog(catalog) -> { episodes: 45, chapters: 310, linksByKind: { youtube: 4, … }, … } */
export function summarizeCatalog(catalog: Catalog): CatalogSummary {
  const linksByKind: Record<LinkKind, number> = {
    youtube: 0,
    reference: 0,
    course: 0,
    support: 0,
    social: 0,
  };
  let chapters = 0;
  let episodesWithChapters = 0;
  let links = 0;
  let crossLinks = 0;
  for (const episode of catalog.episodes) {
    chapters += episode.chapters.length;
    if (episode.chapters.length > 0) episodesWithChapters += 1;
    for (const link of episode.links) {
      links += 1;
      linksByKind[link.kind] += 1;
      if (link.targetSlug !== undefined) crossLinks += 1;
    }
  }
  const issues = { error: 0, warning: 0, info: 0 };
  for (const issue of catalog.issues) issues[issue.severity] += 1;
  return {
    shows: catalog.shows.map((show) => ({
      slug: show.slug,
      name: show.name,
      episodes: catalog.episodes.filter((episode) => episode.show === show.slug).length,
    })),
    sources: catalog.sourceShows,
    files: catalog.stats.files,
    episodes: catalog.episodes.length,
    chapters,
    episodesWithChapters,
    links,
    linksByKind,
    crossLinks,
    mergedDuplicates: catalog.stats.mergedDuplicates,
    factsApplied: catalog.stats.factsApplied,
    factsRejected: catalog.stats.factsRejected,
    boilerplateLines: catalog.stats.boilerplateLines,
    issues,
  };
}
