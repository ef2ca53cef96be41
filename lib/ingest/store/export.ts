// `export --json` and `import --json`: the whole catalog database as one versioned JSON document
// (the catalog schema of lib/catalog/schema.ts), and back. Reading the database is the inverse
// of lib/ingest/store/import.ts, so importing an export rebuilds the same rows.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { z } from "zod";
import { catalogSchema, type Catalog, type CatalogEpisode, type LinkKind } from "@/lib/catalog/schema";
import { displayPath } from "@/lib/ingest/sources";

export const EXPORT_FORMAT = "episode-catalog";
export const EXPORT_VERSION = 1;

export const catalogDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  catalog: catalogSchema,
});
export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;

type Row = Record<string, unknown>;

/** "2025-12-15T00:00:00.000+00:00" -> "2025-12-15" */
function day(value: unknown): string | null {
  return typeof value === "string" ? value.slice(0, 10) : null;
}

/** exportCatalog("data/catalog.db") -> { format: "episode-catalog", version: 1, catalog } */
export function exportCatalog(dbPath: string): CatalogDocument {
  if (!existsSync(dbPath)) throw new Error(`${displayPath(dbPath)}: no such file or directory`);
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const all = (sql: string) => db.prepare(sql).all() as Row[];
    const show = all(`SELECT * FROM "Show" ORDER BY "id" LIMIT 1`)[0];
    const showLinks = all(`SELECT * FROM "ShowLink" ORDER BY "showId", "position"`);
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

    const catalogEpisodes: CatalogEpisode[] = episodes.map((episode) => ({
      slug: String(episode.slug),
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
      show: {
        name: show ? String(show.name) : null,
        author: (show?.author as string | null | undefined) ?? null,
        description: (show?.description as string | null | undefined) ?? null,
        links: showLinks.map((link) => ({
          url: String(link.url),
          kind: link.kind as LinkKind,
          label: (link.label as string | null) ?? null,
        })),
      },
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
 * parseCatalogDocument(text, "catalog.json") -> the catalog; throws one line naming the file and
 * the first problem ("catalog.json: catalog.episodes.3.slug: Invalid string").
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
  const parsed = catalogDocumentSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${shownPath}: ${issue.path.join(".") || "document"}: ${issue.message}`);
  }
  return parsed.data.catalog;
}

/** The input hash stored for a catalog imported from a document: the document's own hash. */
export function documentHash(text: string): string {
  return createHash("sha256").update(`episode-catalog json v1\0${text}`).digest("hex");
}
