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

/** How much of a publication date is known: "Jun 13, 2025" a day, "May 2025" a month, "2024" a year. */
export const datePrecisionSchema = z.enum(["day", "month", "year"]);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/**
 * The cross-field rule of a publication date and its precision: a precision needs a date, and a date
 * known to the month or year is the first day of it ("May 2025" is "2025-05-01", month precision).
 * `dateNeedsPrecision`: whether a date without a precision is wrong (the catalog) or a calendar day
 * (a parser that gives none, like the dated-list layout).
 */
function checkPublishedPrecision(
  episode: { publishedAt?: string | null; publishedPrecision?: DatePrecision | null },
  ctx: z.RefinementCtx,
  dateNeedsPrecision: boolean,
) {
  const date = episode.publishedAt ?? null;
  const precision = episode.publishedPrecision ?? null;
  if (date === null && precision !== null)
    ctx.addIssue({
      code: "custom",
      path: ["publishedPrecision"],
      message: `a date precision ("${precision}") without a publishedAt`,
    });
  if (date !== null && precision === null && dateNeedsPrecision)
    ctx.addIssue({
      code: "custom",
      path: ["publishedPrecision"],
      message: `publishedAt ${date} has no precision`,
    });
  if (date === null || precision === null || precision === "day") return;
  const first = precision === "month" ? /^\d{4}-\d{2}-01$/ : /^\d{4}-01-01$/;
  if (!first.test(date))
    ctx.addIssue({
      code: "custom",
      path: ["publishedAt"],
      message: `a date of ${precision} precision is the first day of its ${precision}, not ${date}`,
    });
}

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
const parsedEpisodeFields = z.object({
  /** Title exactly as written in the source, or null when the source gives none. */
  title: z.string().min(1).nullable(),
  description: z.string(),
  chapters: chapterListSchema,
  links: z.array(linkSchema),
  source: sourceRefSchema,
  /** What a feed item or a dated list line says; absent in the other layouts. */
  publishedAt: z.iso.date().nullable().optional(),
  /** How much of publishedAt the source gives; absent with a date: a calendar day. */
  publishedPrecision: datePrecisionSchema.nullable().optional(),
  durationSeconds: z.number().int().positive().nullable().optional(),
  durationPrecision: durationPrecisionSchema.nullable().optional(),
  /** RSS only: the item's guid, web page and enclosure. */
  guid: z.string().min(1).nullable().optional(),
  link: z.string().nullable().optional(),
  audio: audioSchema.nullable().optional(),
});
export const parsedEpisodeSchema = parsedEpisodeFields.superRefine((episode, ctx) =>
  checkPublishedPrecision(episode, ctx, false),
);
export type ParsedEpisode = z.infer<typeof parsedEpisodeSchema>;

/** What one source says about its show (a feed's channel, a text dump's page header). */
export const showSchema = z.object({
  name: z.string().nullable(),
  author: z.string().nullable(),
  description: z.string().nullable(),
  links: z.array(linkSchema),
  /** A feed's cover image. */
  artworkUrl: z.string().nullable().optional(),
});
export type ShowRecord = z.infer<typeof showSchema>;

export const layoutSchema = z.enum([
  "title-description-pairs",
  "summary-site",
  "directory",
  "dated-list",
  "record-shape",
  "rss",
]);
export type Layout = z.infer<typeof layoutSchema>;

export const lineRoleSchema = z.enum([
  "header",
  "title",
  "date",
  "duration",
  "description",
  "chapter",
  "link",
  "chrome",
]);
export type LineRole = z.infer<typeof lineRoleSchema>;
export const lineRoleEntrySchema = z.object({
  line: z.number().int().positive(),
  role: lineRoleSchema,
  /** Index of the episode in `episodes` the line belongs to, or null (header, chrome). */
  episode: z.number().int().nonnegative().nullable(),
  /** Why, in a few words ("repeats lines 3-11", "title printed twice"). */
  why: z.string().optional(),
});
export type LineRoleEntry = z.infer<typeof lineRoleEntrySchema>;

/** What `parseSource(text, fileName)` returns for one file. */
export const parseResultSchema = z.object({
  file: z.string(),
  layout: layoutSchema,
  show: showSchema.nullable(),
  episodes: z.array(parsedEpisodeSchema),
  /** Lines recognised as site boilerplate and left out, counted for the report. */
  boilerplateLines: z.number().int().nonnegative(),
  issues: z.array(issueSchema),
  /** Blocks of a directory page shaped like a record; more than `episodes` says some were dropped. */
  recordBlocks: z.number().int().nonnegative().optional(),
  /** The record shape a directory page repeats, in words ("date? title description chapters"). */
  recordShape: z.string().nullable().optional(),
  /** What each non-blank line was taken for, for `catalog parse --explain`. */
  lineRoles: z.array(lineRoleEntrySchema).optional(),
});
export type ParseResult = z.infer<typeof parseResultSchema>;

export const titleSourceSchema = z.enum(["source", "facts", "derived"]);
export type TitleSource = z.infer<typeof titleSourceSchema>;

export const catalogChapterSchema = chapterSchema.extend({
  /** Topic slugs the chapter's title or sub-points mention. */
  topics: z.array(z.string()),
});

/** One episode after merging all files and applying the curated facts. */
const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** One show of the catalog: its data file (data/shows/<slug>.json) first, what its sources say after. */
export const catalogShowSchema = z.object({
  slug: slugSchema,
  name: z.string().min(1),
  /** The host. */
  author: z.string().nullable(),
  description: z.string().nullable(),
  links: z.array(linkSchema),
  artworkUrl: z.string().nullable(),
  feedUrl: z.string().nullable(),
  youtubeChannel: z.string().nullable(),
  /** The show of sources that name none, and of facts that name none. */
  isDefault: z.boolean(),
});
export type CatalogShow = z.infer<typeof catalogShowSchema>;

/** How a source file was given its show. */
export const showAssignmentSchema = z.enum(["stated", "feed-channel", "page-header", "default"]);
export type ShowAssignment = z.infer<typeof showAssignmentSchema>;

const catalogEpisodeFields = z.object({
  slug: slugSchema,
  /** The slug of the show the episode belongs to. */
  show: slugSchema,
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
  /** Null exactly when publishedAt is; "month" and "year" dates are the first day of theirs. */
  publishedPrecision: datePrecisionSchema.nullable(),
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
export const catalogEpisodeSchema = catalogEpisodeFields.superRefine((episode, ctx) =>
  checkPublishedPrecision(episode, ctx, true),
);
export type CatalogEpisode = z.infer<typeof catalogEpisodeSchema>;

export const catalogSchema = z
  .object({
    shows: z.array(catalogShowSchema).min(1),
    /** Which show each parsed source file went to and why; build-time only (an export has none). */
    sourceShows: z.array(
      z.object({
        file: z.string(),
        show: slugSchema,
        assignedBy: showAssignmentSchema,
        /** How the file was read: its layout, the record shape of a directory page, what came out. */
        layout: layoutSchema.optional(),
        recordShape: z.string().nullable().optional(),
        episodes: z.number().int().nonnegative().optional(),
        chromeLines: z.number().int().nonnegative().optional(),
      }),
    ),
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
  })
  .superRefine((catalog, ctx) => {
    const slugs = new Set<string>();
    catalog.shows.forEach((show, index) => {
      if (slugs.has(show.slug))
        ctx.addIssue({
          code: "custom",
          path: ["shows", index, "slug"],
          message: `two shows are "${show.slug}"`,
        });
      slugs.add(show.slug);
    });
    const defaults = catalog.shows.filter((show) => show.isDefault).length;
    if (defaults !== 1)
      ctx.addIssue({ code: "custom", path: ["shows"], message: `${defaults} default shows, expected one` });
    const episodeKeys = new Set<string>();
    catalog.episodes.forEach((episode, index) => {
      const key = `${episode.show}/${episode.slug}`;
      if (episodeKeys.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["episodes", index, "slug"],
          message: `two episodes of "${episode.show}" are "${episode.slug}"`,
        });
      episodeKeys.add(key);
      if (!slugs.has(episode.show))
        ctx.addIssue({
          code: "custom",
          path: ["episodes", index, "show"],
          message: `no show "${episode.show}" in the catalog`,
        });
    });
  });
export type Catalog = z.infer<typeof catalogSchema>;
