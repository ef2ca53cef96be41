// `export --json` and `import --json`: the whole catalog database as one versioned JSON document
// (the catalog schema of lib/catalog/schema.ts), and back. Reading the database is the inverse
// of lib/ingest/store/import.ts, so importing an export rebuilds the same rows.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { z } from "zod";
import {
  catalogSchema,
  issueSchema,
  showSchema,
  type Catalog,
  type CatalogEpisode,
  type CatalogShow,
  type DatePrecision,
  type LinkKind,
} from "@/lib/catalog/schema";
import { slugify } from "@/lib/ingest/slugs";
import { displayPath } from "@/lib/ingest/sources";

export const EXPORT_FORMAT = "episode-catalog";
export const EXPORT_VERSION = 3;

export const catalogDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  catalog: catalogSchema,
});
export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;

/**
 * Episodes of versions 1 and 2, whose dates are all calendar days (no publishedPrecision). The rest
 * of an episode is checked once upgraded, as the current catalog schema says.
 */
const legacyEpisodesSchema = z.array(z.looseObject({ publishedAt: z.string().nullable() }));

/** Version 1: a catalog of one show, whose episodes name none. */
const catalogV1Schema = z.object({
  show: showSchema,
  topics: z.array(z.object({ slug: z.string(), name: z.string(), description: z.string() })),
  episodes: legacyEpisodesSchema,
  issues: z.array(issueSchema),
  stats: z.record(z.string(), z.number()),
});

/** Version 2: shows, and episodes whose dates are days. */
const catalogV2Schema = z.looseObject({ episodes: legacyEpisodesSchema });

const anyVersionSchema = z.discriminatedUnion("version", [
  catalogDocumentSchema,
  z.object({ format: z.literal(EXPORT_FORMAT), version: z.literal(2), catalog: catalogV2Schema }),
  z.object({ format: z.literal(EXPORT_FORMAT), version: z.literal(1), catalog: catalogV1Schema }),
]);

/** A version 2 catalog as version 3: every date it has is a calendar day. */
function fromVersion2(catalog: z.infer<typeof catalogV2Schema>): unknown {
  return {
    ...catalog,
    episodes: catalog.episodes.map((episode) => ({
      ...episode,
      publishedPrecision: episode.publishedAt === null ? null : "day",
    })),
  };
}

/** A version 1 catalog as version 2: its one show is the default show, and every episode is its. */
function fromVersion1(catalog: z.infer<typeof catalogV1Schema>): z.infer<typeof catalogV2Schema> {
  const name = catalog.show.name ?? "Untitled show";
  const show: CatalogShow = {
    slug: slugify(name),
    name,
    author: catalog.show.author,
    description: catalog.show.description,
    links: catalog.show.links,
    artworkUrl: null,
    feedUrl: null,
    youtubeChannel: null,
    isDefault: true,
  };
  return {
    ...catalog,
    shows: [show],
    sourceShows: [],
    episodes: catalog.episodes.map((episode) => ({ ...episode, show: show.slug })),
  };
}

type Row = Record<string, unknown>;

/** "2025-12-15T00:00:00.000+00:00" -> "2025-12-15" */
function day(value: unknown): string | null {
  return typeof value === "string" ? value.slice(0, 10) : null;
}

/** exportCatalog("data/catalog.db") -> { format: "episode-catalog", version: 3, catalog } */
export function exportCatalog(dbPath: string): CatalogDocument {
  if (!existsSync(dbPath)) throw new Error(`${displayPath(dbPath)}: no such file or directory`);
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const all = (sql: string) => db.prepare(sql).all() as Row[];
    const shows = all(`SELECT * FROM "Show" ORDER BY "id"`);
    const showSlugById = new Map(shows.map((show) => [show.id, String(show.slug)]));
    const topics = all(`SELECT * FROM "Topic" ORDER BY "position"`);
    const topicSlug = new Map(topics.map((topic) => [topic.id, String(topic.slug)]));
    const episodes = all(`SELECT * FROM "Episode" ORDER BY "position"`);
    const slugById = new Map(episodes.map((episode) => [episode.id, String(episode.slug)]));
    const group = (rows: Row[], key: string) => {
      const map = new Map<unknown, Row[]>();
      for (const row of rows) map.set(row[key], [...(map.get(row[key]) ?? []), row]);
      return map;
    };
    const chapters = group(all(`SELECT * FROM "Chapter" ORDER BY "episodeId", "position"`), "episodeId");
    const chapterTopics = group(all(`SELECT * FROM "ChapterTopic" ORDER BY rowid`), "chapterId");
    const links = group(all(`SELECT * FROM "Link" ORDER BY "episodeId", "position"`), "episodeId");
    const sources = group(all(`SELECT * FROM "EpisodeSource" ORDER BY "id"`), "episodeId");
    const facts = group(all(`SELECT * FROM "AppliedFact" ORDER BY "id"`), "episodeId");
    const episodeTopics = group(all(`SELECT * FROM "EpisodeTopic" ORDER BY rowid`), "episodeId");

    const showLinks = group(all(`SELECT * FROM "ShowLink" ORDER BY "showId", "position"`), "showId");

    const catalogEpisodes: CatalogEpisode[] = episodes.map((episode) => ({
      slug: String(episode.slug),
      show: showSlugById.get(episode.showId)!,
      title: (episode.sourceTitle as string | null) ?? null,
      displayTitle: String(episode.title),
      titleSource: episode.titleSource as CatalogEpisode["titleSource"],
      description: String(episode.description),
      chapters: (chapters.get(episode.id) ?? []).map((chapter) => ({
        start: Number(chapter.startSeconds),
        title: String(chapter.title),
        subpoints: JSON.parse(String(chapter.subpoints)) as string[],
        topics: (chapterTopics.get(chapter.id) ?? []).map((row) => topicSlug.get(row.topicId)!),
      })),
      links: (links.get(episode.id) ?? []).map((link) => ({
        url: String(link.url),
        kind: link.kind as LinkKind,
        label: (link.label as string | null) ?? null,
        ...(link.youtubeId !== null ? { youtubeId: String(link.youtubeId) } : {}),
        ...(link.startSeconds !== null ? { startSeconds: Number(link.startSeconds) } : {}),
        ...(link.targetEpisodeId !== null ? { targetSlug: slugById.get(link.targetEpisodeId)! } : {}),
      })),
      sources: (sources.get(episode.id) ?? []).map((source) => ({
        file: String(source.file),
        line: Number(source.line),
      })),
      topics: (episodeTopics.get(episode.id) ?? []).map((row) => ({
        slug: topicSlug.get(row.topicId)!,
        score: Number(row.score),
      })),
      publishedAt: day(episode.publishedAt),
      publishedPrecision: (episode.publishedPrecision as DatePrecision | null) ?? null,
      durationSeconds: (episode.durationSeconds as number | null) ?? null,
      durationPrecision: (episode.durationPrecision as CatalogEpisode["durationPrecision"]) ?? null,
      youtubeId: (episode.youtubeId as string | null) ?? null,
      youtubeIdConfidence: (episode.youtubeIdConfidence as string | null) ?? null,
      guid: (episode.guid as string | null) ?? null,
      link: (episode.link as string | null) ?? null,
      audioUrl: (episode.audioUrl as string | null) ?? null,
      audioType: (episode.audioType as string | null) ?? null,
      audioLength: (episode.audioLength as number | null) ?? null,
      factSources: Object.fromEntries(
        (facts.get(episode.id) ?? []).map((fact) => [String(fact.field), String(fact.source)]),
      ),
    }));
    const catalog: Catalog = {
      shows: shows.map((show) => ({
        slug: String(show.slug),
        name: String(show.name),
        author: (show.author as string | null) ?? null,
        description: (show.description as string | null) ?? null,
        links: (showLinks.get(show.id) ?? []).map((link) => ({
          url: String(link.url),
          kind: link.kind as LinkKind,
          label: (link.label as string | null) ?? null,
        })),
        artworkUrl: (show.artworkUrl as string | null) ?? null,
        feedUrl: (show.feedUrl as string | null) ?? null,
        youtubeChannel: (show.youtubeChannel as string | null) ?? null,
        isDefault: show.isDefault === 1,
      })),
      // Which show each source was assigned and how is build-time knowledge, like the issues.
      sourceShows: [],
      topics: topics.map((topic) => ({
        slug: String(topic.slug),
        name: String(topic.name),
        description: String(topic.description),
      })),
      episodes: catalogEpisodes,
      issues: [],
      stats: {
        files: new Set([...sources.values()].flat().map((source) => source.file)).size,
        parsedEpisodes: episodes.length,
        mergedDuplicates: 0,
        boilerplateLines: 0,
        factsApplied: [...facts.values()].flat().length,
        factsRejected: 0,
      },
    };
    return { format: EXPORT_FORMAT, version: EXPORT_VERSION, catalog: catalogSchema.parse(catalog) };
  } finally {
    db.close();
  }
}

/**
 * parseCatalogDocument(text, "catalog.json") -> the catalog, from a version 1, 2 or 3 document; throws
 * one line naming the file and the first problem ("catalog.json: catalog.episodes.3.slug: Invalid string").
 */
export function parseCatalogDocument(text: string, shownPath: string): Catalog {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error(`${shownPath}: not JSON (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
  const parsed = anyVersionSchema.safeParse(document);
  if (!parsed.success) throw documentError(shownPath, parsed.error);
  if (parsed.data.version === EXPORT_VERSION) return parsed.data.catalog;
  const version2 = parsed.data.version === 2 ? parsed.data.catalog : fromVersion1(parsed.data.catalog);
  const upgraded = catalogSchema.safeParse(fromVersion2(version2));
  if (!upgraded.success) throw documentError(shownPath, upgraded.error, "catalog.");
  return upgraded.data;
}

function documentError(shownPath: string, error: z.ZodError, prefix = ""): Error {
  const issue = error.issues[0]!;
  return new Error(`${shownPath}: ${prefix}${issue.path.join(".") || "document"}: ${issue.message}`);
}

/** The input hash stored for a catalog imported from a document: the document's own hash. */
export function documentHash(text: string): string {
  return createHash("sha256").update(`episode-catalog json v1\0${text}`).digest("hex");
}
