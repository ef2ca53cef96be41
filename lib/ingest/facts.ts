// The curated facts of data/episode-facts.json (official titles, dates, durations, YouTube ids,
// each with where it came from), matched to parsed episodes and applied on top of them.
// A fact that contradicts what the sources say is reported, never applied.
import { z } from "zod";

import { parseJsonArray } from "./json-file";
import { normalizeForCompare } from "@/lib/catalog/text";
import type { ChapterRecord, Issue } from "@/lib/catalog/schema";

const factEntrySchema = z.object({
  title: z.string().min(1),
  /** The slug of the show whose episode this is; without it, the default show's. */
  show: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .optional(),
  sourceFile: z.string().nullable().optional(),
  descriptionStart: z.string().min(1).nullable().optional(),
  alsoTitled: z.array(z.string()).optional(),
  facts: z.object({
    officialTitle: z.string().min(1).optional(),
    publishedAt: z.iso.date().optional(),
    durationSeconds: z.number().int().positive().optional(),
    durationPrecision: z.enum(["second", "minute"]).optional(),
    youtubeId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{11}$/)
      .optional(),
    youtubeIdConfidence: z.string().optional(),
  }),
  sources: z.record(z.string(), z.string()).optional(),
});
export type FactEntry = z.infer<typeof factEntrySchema>;

export const factsFileSchema = z.array(factEntrySchema);

/** Parses the facts file; problems come back as issues naming the file and line. */
export function parseFacts(text: string, file: string) {
  const { entries, lines, issues } = parseJsonArray(text, file, factsFileSchema, "facts");
  return { facts: entries, lines, issues };
}

export type Enrichable = {
  title: string | null;
  description: string;
  chapters: ChapterRecord[];
  sources: { file: string; line: number }[];
};

export type AppliedFacts = {
  officialTitle: string | null;
  publishedAt: string | null;
  durationSeconds: number | null;
  durationPrecision: "second" | "minute" | null;
  youtubeId: string | null;
  youtubeIdConfidence: string | null;
  factSources: Record<string, string>;
};

export const NO_FACTS: AppliedFacts = {
  officialTitle: null,
  publishedAt: null,
  durationSeconds: null,
  durationPrecision: null,
  youtubeId: null,
  youtubeIdConfidence: null,
  factSources: {},
};

/** Index of the episode a fact describes (by title, other titles, or description start), or -1. */
export function matchFact(fact: FactEntry, episodes: Enrichable[]): number {
  const titles = [fact.title, fact.facts.officialTitle, ...(fact.alsoTitled ?? [])]
    .filter((title): title is string => !!title)
    .map(normalizeForCompare);
  const byTitle = episodes.findIndex(
    (episode) => episode.title !== null && titles.includes(normalizeForCompare(episode.title)),
  );
  if (byTitle >= 0) return byTitle;
  if (!fact.descriptionStart) return -1;
  const start = normalizeForCompare(fact.descriptionStart);
  return episodes.findIndex((episode) => normalizeForCompare(episode.description).startsWith(start));
}

/**
 * Applies every fact to its episode. Returns per-episode applied facts (same order as
 * `episodes`) and issues for facts that match nothing or contradict the sources.
 */
export function applyFacts(
  facts: FactEntry[],
  episodes: Enrichable[],
  factsFile: string,
  factLines: number[] = [],
) {
  const applied: AppliedFacts[] = episodes.map(() => ({ ...NO_FACTS, factSources: {} }));
  const issues: Issue[] = [];
  let appliedCount = 0;
  let rejectedCount = 0;
  const youtubeOwners = new Map<string, number>();

  facts.forEach((fact, factIndex) => {
    const where = { file: factsFile, line: factLines[factIndex] ?? 0 };
    const index = matchFact(fact, episodes);
    if (index < 0) {
      issues.push({
        ...where,
        severity: "warning",
        code: "fact-unmatched",
        message: `fact "${fact.title}" matches no episode`,
      });
      return;
    }
    const episode = episodes[index]!;
    const target = applied[index]!;
    const source = (field: string) => fact.sources?.[field] ?? `${factsFile}: "${fact.title}"`;
    const at = `${episode.sources[0]!.file}:${episode.sources[0]!.line}`;
    const reject = (message: string) => {
      rejectedCount += 1;
      issues.push({
        file: episode.sources[0]!.file,
        line: episode.sources[0]!.line,
        severity: "warning",
        code: "fact-contradiction",
        message,
      });
    };
    const { officialTitle, publishedAt, durationSeconds, durationPrecision, youtubeId, youtubeIdConfidence } =
      fact.facts;

    if (officialTitle) {
      if (episode.title === null) {
        target.officialTitle = officialTitle;
        target.factSources.officialTitle = source("officialTitle");
        appliedCount += 1;
      } else if (normalizeForCompare(episode.title) !== normalizeForCompare(officialTitle)) {
        issues.push({
          file: episode.sources[0]!.file,
          line: episode.sources[0]!.line,
          severity: "info",
          code: "fact-title-differs",
          message: `official title "${officialTitle}" differs from the source title "${episode.title}"; kept the source title`,
        });
      }
    }
    if (publishedAt) {
      target.publishedAt = publishedAt;
      target.factSources.publishedAt = source("publishedAt");
      appliedCount += 1;
    }
    if (durationSeconds !== undefined) {
      const lastChapter = episode.chapters.at(-1)?.start ?? 0;
      const slack = durationPrecision === "minute" ? 59 : 0;
      if (durationSeconds + slack <= lastChapter) {
        reject(
          `fact duration ${durationSeconds}s (${durationPrecision ?? "unknown"} precision) ends before the last chapter at ${lastChapter}s (${at}); not applied`,
        );
      } else {
        target.durationSeconds = durationSeconds;
        target.durationPrecision = durationPrecision ?? null;
        target.factSources.durationSeconds = source("durationSeconds");
        appliedCount += 1;
      }
    }
    if (youtubeId) {
      const owner = youtubeOwners.get(youtubeId);
      if (owner !== undefined && owner !== index) {
        reject(`fact YouTube id ${youtubeId} is already the video of another episode; not applied`);
      } else {
        youtubeOwners.set(youtubeId, index);
        target.youtubeId = youtubeId;
        target.youtubeIdConfidence = youtubeIdConfidence ?? null;
        target.factSources.youtubeId = source("youtubeId");
        appliedCount += 1;
      }
    }
  });
  return { applied, issues, appliedCount, rejectedCount };
}
