// Merges the episodes of several parsed files: the same episode scraped from two sites (same
// title, or the same description when a site gives no title) becomes one, with both sources. A feed
// item joins the episode with its guid or title: the feed brings audio, guid and link; a text
// source's chapters win over a feed's; durations fill gaps, and of two dates the more precise wins.
import { normalizeForCompare } from "@/lib/catalog/text";
import { linkKey } from "@/lib/catalog/links";
import type {
  AudioRecord,
  ChapterRecord,
  DatePrecision,
  Issue,
  LinkRecord,
  ParsedEpisode,
  ParseResult,
  ShowRecord,
  SourceRef,
} from "@/lib/catalog/schema";

export type MergedEpisode = {
  title: string | null;
  description: string;
  chapters: ChapterRecord[];
  /** Whether `chapters` came from a feed (they give way to a text source's). */
  chaptersFromFeed: boolean;
  links: LinkRecord[];
  sources: SourceRef[];
  publishedAt: string | null;
  /** Null exactly when publishedAt is. */
  publishedPrecision: DatePrecision | null;
  durationSeconds: number | null;
  durationPrecision: "second" | "minute" | null;
  guid: string | null;
  link: string | null;
  audio: AudioRecord | null;
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

/**
 * mergeParsed([000, 003]) -> episodes in first-appearance order, duplicates folded together.
 * Feeds are merged after every text source, so a feed item finds its episode wherever the files
 * sort; `titleAliases` names the untitled text episodes (the curated facts know their titles).
 */
export function mergeParsed(
  results: ParseResult[],
  titleAliases: (episode: MergedEpisode) => string[] = () => [],
): MergeResult {
  const episodes: MergedEpisode[] = [];
  const byTitle = new Map<string, MergedEpisode>();
  const byDescription = new Map<string, MergedEpisode>();
  const byGuid = new Map<string, MergedEpisode>();
  const issues: Issue[] = [];
  let mergedDuplicates = 0;

  const ordered = [
    ...results.filter((result) => result.layout !== "rss"),
    ...results.filter((result) => result.layout === "rss"),
  ];
  const aliased = new Set<MergedEpisode>();
  for (const result of ordered) {
    const fromFeed = result.layout === "rss";
    // Untitled episodes of earlier files are also found by the titles the facts give them.
    for (const episode of episodes) {
      if (episode.title !== null || aliased.has(episode)) continue;
      aliased.add(episode);
      for (const alias of titleAliases(episode)) {
        const key = normalizeForCompare(alias);
        if (!byTitle.has(key)) byTitle.set(key, episode);
      }
    }
    for (const parsed of result.episodes) {
      const titleKey = parsed.title ? normalizeForCompare(parsed.title) : null;
      const fingerprint = descriptionFingerprint(parsed.description);
      const guid = parsed.guid ?? null;
      const sameDescription = fingerprint ? byDescription.get(fingerprint) : undefined;
      const existing =
        (guid ? byGuid.get(guid) : undefined) ??
        (titleKey ? byTitle.get(titleKey) : undefined) ??
        (sameDescription && !listedApart(sameDescription, parsed) ? sameDescription : undefined);
      if (!existing) {
        const episode: MergedEpisode = {
          title: parsed.title,
          description: parsed.description,
          chapters: parsed.chapters,
          chaptersFromFeed: fromFeed && parsed.chapters.length > 0,
          links: parsed.links,
          sources: [parsed.source],
          ...publishedOf(parsed),
          durationSeconds: parsed.durationSeconds ?? null,
          durationPrecision: parsed.durationPrecision ?? null,
          guid,
          link: parsed.link ?? null,
          audio: parsed.audio ?? null,
        };
        episodes.push(episode);
        if (titleKey) byTitle.set(titleKey, episode);
        if (fingerprint) byDescription.set(fingerprint, episode);
        if (guid) byGuid.set(guid, episode);
        continue;
      }
      mergedDuplicates += 1;
      mergeInto(existing, parsed, fromFeed, aliased.has(existing) && existing.title === null, issues);
      if (titleKey && !byTitle.has(titleKey)) byTitle.set(titleKey, existing);
      if (fingerprint && !byDescription.has(fingerprint)) byDescription.set(fingerprint, existing);
      if (guid && !byGuid.has(guid)) byGuid.set(guid, existing);
    }
  }
  return { show: mergeShows(ordered), episodes, mergedDuplicates, issues };
}

/**
 * Two entries one page lists under two titles stay two, whatever their descriptions: the page says
 * they are different entries (the same talk published as "Postgres 18 gets Async IO" and
 * "Asynchronous IO in Postgres 18"). Across files, the same description is the same episode.
 */
function listedApart(existing: MergedEpisode, parsed: ParsedEpisode): boolean {
  if (existing.title === null || parsed.title === null) return false;
  if (normalizeForCompare(existing.title) === normalizeForCompare(parsed.title)) return false;
  return existing.sources.some((source) => source.file === parsed.source.file);
}

function mergeInto(
  target: MergedEpisode,
  parsed: ParsedEpisode,
  fromFeed: boolean,
  aliased: boolean,
  issues: Issue[],
) {
  // The same feed item read twice (a feed imported under two names) adds nothing.
  if (fromFeed && parsed.guid && parsed.guid === target.guid) {
    target.sources.push(parsed.source);
    return;
  }
  target.sources.push(parsed.source);
  // An untitled episode found through its curated title keeps taking that title from the facts.
  if (!aliased) target.title ??= parsed.title;
  if (parsed.description.length > target.description.length) target.description = parsed.description;
  // Of two dates the more precise wins ("Jun 13, 2025" over "May 2025"); of two as precise, the first.
  const published = publishedOf(parsed);
  if (precisionRank(published.publishedPrecision) > precisionRank(target.publishedPrecision)) {
    target.publishedAt = published.publishedAt;
    target.publishedPrecision = published.publishedPrecision;
  }
  if (target.durationSeconds === null && parsed.durationSeconds) {
    target.durationSeconds = parsed.durationSeconds;
    target.durationPrecision = parsed.durationPrecision ?? null;
  }
  target.guid ??= parsed.guid ?? null;
  target.link ??= parsed.link ?? null;
  target.audio ??= parsed.audio ?? null;
  mergeLinks(target, parsed);
  if (parsed.chapters.length === 0) return;
  if (target.chapters.length === 0 || (target.chaptersFromFeed && !fromFeed)) {
    target.chapters = parsed.chapters;
    target.chaptersFromFeed = fromFeed;
    return;
  }
  // A feed's chapters never replace a text source's.
  if (fromFeed && !target.chaptersFromFeed) return;
  if (!sameChapters(parsed.chapters, target.chapters)) {
    issues.push({
      file: parsed.source.file,
      line: parsed.source.line,
      severity: "warning",
      code: "merge-chapters-differ",
      message: `chapters differ from ${target.sources[0]!.file}:${target.sources[0]!.line}; kept the longer list`,
    });
  }
  if (parsed.chapters.length > target.chapters.length) target.chapters = parsed.chapters;
}

/** precisionRank("day") -> 3, "month" -> 2, "year" -> 1; no date -> 0 */
function precisionRank(precision: DatePrecision | null): number {
  return precision === null ? 0 : { year: 1, month: 2, day: 3 }[precision];
}

/**
 * A parsed date with its precision; a parser that gives none (the dated-list layout) means a day.
 * publishedOf({ publishedAt: "2025-05-01", publishedPrecision: "month" }) -> the same two;
 * publishedOf({ publishedAt: "2025-12-15" }) -> { publishedAt: "2025-12-15", publishedPrecision: "day" }
 */
function publishedOf(
  parsed: Pick<ParsedEpisode, "publishedAt" | "publishedPrecision">,
): Pick<MergedEpisode, "publishedAt" | "publishedPrecision"> {
  const publishedAt = parsed.publishedAt ?? null;
  return {
    publishedAt,
    publishedPrecision: publishedAt === null ? null : (parsed.publishedPrecision ?? "day"),
  };
}

function mergeLinks(target: MergedEpisode, parsed: ParsedEpisode) {
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
    artworkUrl: shows.find((show) => show.artworkUrl)?.artworkUrl ?? null,
  };
}
