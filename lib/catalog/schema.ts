// Record shapes produced by the parser and consumed by merge, enrich, import and the CLI.
// Every shape is a zod schema; TypeScript types come from z.infer. Cross-field rules live here.
import { z } from "zod";

export const issueSchema = z.object({
  file: z.string(),
  /** 1-based line in the file; 0 when the issue concerns the whole file. */
  line: z.number().int().nonnegative(),
  severity: z.enum(["error", "warning", "info"]),
  /** Stable machine-readable kind, e.g. "fact-contradiction", "fact-unmatched", "chapter-order". */
  code: z.string(),
  message: z.string(),
});
export type Issue = z.infer<typeof issueSchema>;

export const linkKindSchema = z.enum(["youtube", "reference", "course", "support", "social"]);
export type LinkKind = z.infer<typeof linkKindSchema>;

export const linkSchema = z.object({
  url: z.string().refine((value) => URL.canParse(value), "not an absolute URL"),
  kind: linkKindSchema,
  /** Words the source puts next to the link ("RCA here", "Cloudflare blog"), or null. */
  label: z.string().nullable(),
  youtubeId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{11}$/)
    .optional(),
  /** Start time carried by a YouTube link (`&t=76s`), in seconds. */
  startSeconds: z.number().int().nonnegative().optional(),
  /** Set after merging when the link's label or video names another catalog episode. */
  targetSlug: z.string().optional(),
});
export type LinkRecord = z.infer<typeof linkSchema>;

export const chapterSchema = z.object({
  /** Integer seconds from the start of the episode. */
  start: z.number().int().nonnegative(),
  title: z.string().min(1),
  subpoints: z.array(z.string().min(1)),
});
export type ChapterRecord = z.infer<typeof chapterSchema>;

export const sourceRefSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const chapterListSchema = z.array(chapterSchema).superRefine((chapters, ctx) => {
  chapters.forEach((chapter, index) => {
    const previous = chapters[index - 1];
    if (previous && chapter.start <= previous.start) {
      ctx.addIssue({
        code: "custom",
        path: [index, "start"],
        message: `chapter at ${chapter.start}s is not after the previous one (${previous.start}s)`,
      });
    }
  });
});

export const durationPrecisionSchema = z.enum(["second", "minute"]);

/** An episode's audio file (an RSS enclosure). */
export const audioSchema = z.object({
  url: z.string().refine((value) => URL.canParse(value), "not an absolute URL"),
  /** MIME type, e.g. "audio/mpeg". */
  type: z.string().min(1),
  /** Size in bytes, or null when the feed does not say. */
  length: z.number().int().nonnegative().nullable(),
});
export type AudioRecord = z.infer<typeof audioSchema>;

/** One episode as read from one source file (before merging across files). */
export const parsedEpisodeSchema = z.object({
  /** Title exactly as written in the source, or null when the source gives none. */
  title: z.string().min(1).nullable(),
  description: z.string(),
  chapters: chapterListSchema,
  links: z.array(linkSchema),
  source: sourceRefSchema,
  /** What a feed item or a dated list line says; absent in the other layouts. */
  publishedAt: z.iso.date().nullable().optional(),
  durationSeconds: z.number().int().positive().nullable().optional(),
  durationPrecision: durationPrecisionSchema.nullable().optional(),
  /** RSS only: the item's guid, web page and enclosure. */
  guid: z.string().min(1).nullable().optional(),
  link: z.string().nullable().optional(),
  audio: audioSchema.nullable().optional(),
});
export type ParsedEpisode = z.infer<typeof parsedEpisodeSchema>;

export const showSchema = z.object({
  name: z.string().nullable(),
  author: z.string().nullable(),
  description: z.string().nullable(),
  links: z.array(linkSchema),
});
export type ShowRecord = z.infer<typeof showSchema>;

export const layoutSchema = z.enum([
  "title-description-pairs",
  "summary-site",
  "directory",
  "dated-list",
  "rss",
]);
export type Layout = z.infer<typeof layoutSchema>;

/** What `parseSource(text, fileName)` returns for one file. */
export const parseResultSchema = z.object({
  file: z.string(),
  layout: layoutSchema,
  show: showSchema.nullable(),
  episodes: z.array(parsedEpisodeSchema),
  /** Lines recognised as site boilerplate and left out, counted for the report. */
  boilerplateLines: z.number().int().nonnegative(),
  issues: z.array(issueSchema),
});
export type ParseResult = z.infer<typeof parseResultSchema>;

export const titleSourceSchema = z.enum(["source", "facts", "derived"]);
export type TitleSource = z.infer<typeof titleSourceSchema>;

export const catalogChapterSchema = chapterSchema.extend({
  /** Topic slugs the chapter's title or sub-points mention. */
  topics: z.array(z.string()),
});

/** One episode after merging all files and applying the curated facts. */
export const catalogEpisodeSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Title as written in a source, or null. */
  title: z.string().nullable(),
  displayTitle: z.string().min(1),
  titleSource: titleSourceSchema,
  description: z.string(),
  chapters: z.array(catalogChapterSchema).superRefine((chapters, ctx) => {
    const times = chapterListSchema.safeParse(chapters);
    if (!times.success) for (const issue of times.error.issues) ctx.addIssue({ ...issue, code: "custom" });
  }),
  links: z.array(linkSchema),
  sources: z.array(sourceRefSchema).min(1),
  /** Topics from the taxonomy, best first. */
  topics: z.array(z.object({ slug: z.string(), score: z.number() })),
  publishedAt: z.string().date().nullable(),
  durationSeconds: z.number().int().positive().nullable(),
  durationPrecision: durationPrecisionSchema.nullable(),
  youtubeId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{11}$/)
    .nullable(),
  youtubeIdConfidence: z.string().nullable(),
  // Optional so catalogs built before feeds existed (exports, bench fixtures) still validate.
  /** The guid of the feed item the episode was read from, or null. */
  guid: z.string().nullable().optional(),
  /** The episode's own web page (a feed item's link), or null. */
  link: z.string().nullable().optional(),
  /** The audio file (a feed's enclosure), or null when no source has one. */
  audioUrl: z.string().nullable().optional(),
  audioType: z.string().nullable().optional(),
  /** Bytes. */
  audioLength: z.number().int().nonnegative().nullable().optional(),
  /** Which fact was applied from where: field -> source (URL or note). */
  factSources: z.record(z.string(), z.string()),
});
export type CatalogEpisode = z.infer<typeof catalogEpisodeSchema>;

export const catalogSchema = z.object({
  show: showSchema,
  /** The taxonomy the episodes were tagged with (data/topics.json). */
  topics: z.array(z.object({ slug: z.string(), name: z.string(), description: z.string() })),
  episodes: z.array(catalogEpisodeSchema),
  issues: z.array(issueSchema),
  stats: z.object({
    files: z.number().int(),
    parsedEpisodes: z.number().int(),
    mergedDuplicates: z.number().int(),
    boilerplateLines: z.number().int(),
    factsApplied: z.number().int(),
    factsRejected: z.number().int(),
  }),
});
export type Catalog = z.infer<typeof catalogSchema>;
