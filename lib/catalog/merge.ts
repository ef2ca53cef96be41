// Merges the episodes of several parsed files: the same episode scraped from two sites (same
// title, or the same description when a site gives no title) becomes one, with both sources.
import { normalizeForCompare } from "./parse/body";
import { linkKey } from "./parse/links";
import type { ChapterRecord, Issue, LinkRecord, ParseResult, ShowRecord, SourceRef } from "./parse/schema";

export type MergedEpisode = {
  title: string | null;
  description: string;
  chapters: ChapterRecord[];
  links: LinkRecord[];
  sources: SourceRef[];
};

export type MergeResult = {
  show: ShowRecord;
  episodes: MergedEpisode[];
  mergedDuplicates: number;
  issues: Issue[];
};

/** Descriptions shorter than this are too generic to prove two episodes are the same. */
const MIN_FINGERPRINT = 40;

export function descriptionFingerprint(description: string): string | null {
  const normalized = normalizeForCompare(description);
  return normalized.length >= MIN_FINGERPRINT ? normalized.slice(0, 160) : null;
}

/** mergeParsed([000, 003]) -> episodes in first-appearance order, duplicates folded together. */
export function mergeParsed(results: ParseResult[]): MergeResult {
  const episodes: MergedEpisode[] = [];
  const byTitle = new Map<string, MergedEpisode>();
  const byDescription = new Map<string, MergedEpisode>();
  const issues: Issue[] = [];
  let mergedDuplicates = 0;

  for (const result of results) {
    for (const parsed of result.episodes) {
      const titleKey = parsed.title ? normalizeForCompare(parsed.title) : null;
      const fingerprint = descriptionFingerprint(parsed.description);
      const existing =
        (titleKey ? byTitle.get(titleKey) : undefined) ??
        (fingerprint ? byDescription.get(fingerprint) : undefined);
      if (!existing) {
        const episode: MergedEpisode = {
          title: parsed.title,
          description: parsed.description,
          chapters: parsed.chapters,
          links: parsed.links,
          sources: [parsed.source],
        };
        episodes.push(episode);
        if (titleKey) byTitle.set(titleKey, episode);
        if (fingerprint) byDescription.set(fingerprint, episode);
        continue;
      }
      mergedDuplicates += 1;
      mergeInto(existing, parsed, issues);
      if (titleKey && !byTitle.has(titleKey)) byTitle.set(titleKey, existing);
      if (fingerprint && !byDescription.has(fingerprint)) byDescription.set(fingerprint, existing);
    }
  }
  return { show: mergeShows(results), episodes, mergedDuplicates, issues };
}

function mergeInto(target: MergedEpisode, parsed: ParseResult["episodes"][number], issues: Issue[]) {
  target.sources.push(parsed.source);
  target.title ??= parsed.title;
  if (parsed.description.length > target.description.length) target.description = parsed.description;
  if (
    parsed.chapters.length > 0 &&
    target.chapters.length > 0 &&
    !sameChapters(parsed.chapters, target.chapters)
  ) {
    issues.push({
      file: parsed.source.file,
      line: parsed.source.line,
      severity: "warning",
      code: "merge-chapters-differ",
      message: `chapters differ from ${target.sources[0]!.file}:${target.sources[0]!.line}; kept the longer list`,
    });
  }
  if (parsed.chapters.length > target.chapters.length) target.chapters = parsed.chapters;
  const keys = new Set(target.links.map((link) => linkKey(link.url)));
  for (const link of parsed.links) {
    if (!keys.has(linkKey(link.url))) target.links.push(link);
  }
}

function sameChapters(a: ChapterRecord[], b: ChapterRecord[]): boolean {
  return (
    a.length === b.length &&
    a.every((chapter, index) => chapter.start === b[index]!.start && chapter.title === b[index]!.title)
  );
}

function mergeShows(results: ParseResult[]): ShowRecord {
  const shows = results.map((result) => result.show).filter((show): show is ShowRecord => show !== null);
  const links: LinkRecord[] = [];
  const keys = new Set<string>();
  for (const link of shows.flatMap((show) => show.links)) {
    const key = linkKey(link.url);
    if (!keys.has(key)) {
      keys.add(key);
      links.push(link);
    }
  }
  const descriptions = shows.map((show) => show.description).filter((value): value is string => !!value);
  return {
    name: shows.find((show) => show.name)?.name ?? null,
    author: shows.find((show) => show.author)?.author ?? null,
    description: descriptions.sort((a, b) => b.length - a.length)[0] ?? null,
    links,
  };
}
