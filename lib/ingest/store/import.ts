// Writes a built Catalog into a fresh SQLite file and renames it over the live database, so the site
// sees either the old catalog or the new one, never a half-written one. It does not parse or validate.
import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
} from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Catalog, CatalogEpisode } from "@/lib/catalog/schema";
import { searchRows } from "@/lib/ingest/search-rows";
import { displayPath, projectRoot } from "@/lib/ingest/sources";

export const defaultMigrationsDir = path.join(projectRoot, "prisma/migrations");

export type ImportSummary = {
  dbPath: string;
  episodes: number;
  chapters: number;
  links: number;
  crossLinks: number;
  sources: number;
  facts: number;
  elapsedMs: number;
};

type Migration = { name: string; sql: string; checksum: string };

/** The migrations in the order `prisma migrate deploy` applies them (folder names sort by timestamp). */
export function readMigrations(migrationsDir = defaultMigrationsDir): Migration[] {
  let names: string[];
  try {
    names = readdirSync(migrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    throw new Error(`${displayPath(migrationsDir)}: cannot read migrations`, { cause: error });
  }
  const migrations = names.map((name) => {
    const bytes = readFileSync(path.join(migrationsDir, name, "migration.sql"));
    // Prisma's checksum is the sha256 of the file's bytes, hex-encoded.
    return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
  });
  if (migrations.length === 0) throw new Error(`${displayPath(migrationsDir)}: no migrations`);
  return migrations;
}

/** A v4-shaped UUID derived from the migration, so two imports of the same inputs differ only in timestamps. */
function migrationId(migration: Migration): string {
  const hex = createHash("sha256").update(`${migration.name}\0${migration.checksum}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Same table and row format as `prisma migrate deploy` (schema engine) writes for SQLite. */
const migrationsTableSql = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** The adapter's DateTime text, as `migrate deploy` stores it: "2026-11-24T11:07:43.202+00:00". */
function prismaTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

function createSchema(filePath: string, migrations: Migration[]) {
  const db = new Database(filePath, { fileMustExist: true });
  try {
    // Rollback journal, not WAL: the finished file is renamed over one a server may still have open.
    db.pragma("journal_mode = DELETE");
    // No fsync per statement: nobody reads the temp file, and the import fsyncs it once before the rename.
    db.pragma("synchronous = OFF");
    db.exec(migrationsTableSql);
    const record = db.prepare(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count")
       VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
    );
    for (const migration of migrations) {
      const startedAt = prismaTimestamp(new Date());
      db.exec(migration.sql);
      record.run(
        migrationId(migration),
        migration.checksum,
        prismaTimestamp(new Date()),
        migration.name,
        startedAt,
      );
    }
  } finally {
    db.close();
  }
}

/** The stored text of an applied fact: the value the episode ended up with for that field. */
function factValue(episode: CatalogEpisode, field: string): string {
  const value =
    field === "officialTitle" || field === "title"
      ? episode.displayTitle
      : (episode as Record<string, unknown>)[field];
  if (value === undefined || value === null) {
    throw new Error(
      `episode ${episode.slug}: fact "${field}" is recorded as applied but the episode has no value for it`,
    );
  }
  return String(value);
}

/** Inserts rows (all with the same keys) into a table with one prepared statement. */
function insertRows(db: Database.Database, table: string, rows: Record<string, unknown>[]) {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const statement = db.prepare(
    `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
  );
  for (const row of rows) statement.run(...columns.map((column) => row[column] ?? null));
}

function writeRows(filePath: string, catalog: Catalog, inputHash: string) {
  const idBySlug = new Map(catalog.episodes.map((episode, index) => [episode.slug, index + 1]));
  const episodeId = (slug: string, from: string) => {
    const id = idBySlug.get(slug);
    if (id === undefined) throw new Error(`${from}: no episode with slug "${slug}"`);
    return id;
  };
  const episodes = catalog.episodes.map((episode, index) => ({
    id: index + 1,
    slug: episode.slug,
    position: index + 1,
    sourceTitle: episode.title,
    title: episode.displayTitle,
    titleSource: episode.titleSource,
    description: episode.description,
    publishedAt: episode.publishedAt === null ? null : new Date(`${episode.publishedAt}T00:00:00.000Z`),
    durationSeconds: episode.durationSeconds,
    durationPrecision: episode.durationPrecision,
    youtubeId: episode.youtubeId,
    youtubeIdConfidence: episode.youtubeIdConfidence,
    guid: episode.guid ?? null,
    link: episode.link ?? null,
    audioUrl: episode.audioUrl ?? null,
    audioType: episode.audioType ?? null,
    audioLength: episode.audioLength ?? null,
    chapterCount: episode.chapters.length,
  }));
  const topicIdBySlug = new Map(catalog.topics.map((topic, index) => [topic.slug, index + 1]));
  const topicId = (slug: string, from: string) => {
    const id = topicIdBySlug.get(slug);
    if (id === undefined) throw new Error(`${from}: no topic "${slug}" in the taxonomy`);
    return id;
  };
  // Chapter ids are assigned here (1, 2, … in catalog order) so chapter topics can refer to them.
  const chapters = catalog.episodes.flatMap((episode, index) =>
    episode.chapters.map((chapter, position) => ({
      episodeId: index + 1,
      position,
      startSeconds: chapter.start,
      title: chapter.title,
      subpoints: chapter.subpoints,
      topics: chapter.topics,
      from: `chapter "${chapter.title}" of ${episode.slug}`,
    })),
  );
  const chapterTopics = chapters.flatMap((chapter, index) =>
    chapter.topics.map((slug) => ({ chapterId: index + 1, topicId: topicId(slug, chapter.from) })),
  );
  const episodeTopics = catalog.episodes.flatMap((episode, index) =>
    episode.topics.map((topic) => ({
      episodeId: index + 1,
      topicId: topicId(topic.slug, episode.slug),
      score: topic.score,
    })),
  );
  const links = catalog.episodes.flatMap((episode, index) =>
    episode.links.map((link, position) => ({
      episodeId: index + 1,
      position,
      url: link.url,
      kind: link.kind,
      label: link.label,
      youtubeId: link.youtubeId ?? null,
      startSeconds: link.startSeconds ?? null,
      targetEpisodeId:
        link.targetSlug === undefined
          ? null
          : episodeId(link.targetSlug, `link ${link.url} of ${episode.slug}`),
    })),
  );
  const sources = catalog.episodes.flatMap((episode, index) =>
    episode.sources.map((source) => ({ episodeId: index + 1, file: source.file, line: source.line })),
  );
  const facts = catalog.episodes.flatMap((episode, index) =>
    Object.entries(episode.factSources).map(([field, source]) => ({
      episodeId: index + 1,
      field,
      value: factValue(episode, field),
      source,
    })),
  );
  const show = catalog.show;

  // Plain prepared statements in one transaction: the rows are already validated, and this is an
  // order of magnitude faster than starting a Prisma client for a one-off bulk write. Values use the
  // encodings the Prisma adapter reads back: DateTime as ISO text, Json as JSON text.
  const db = new Database(filePath, { fileMustExist: true });
  try {
    db.pragma("foreign_keys = ON");
    db.transaction(() => {
      if (show.name !== null) {
        insertRows(db, "Show", [
          { id: 1, name: show.name, author: show.author, description: show.description },
        ]);
        insertRows(
          db,
          "ShowLink",
          show.links.map((link, position) => ({
            showId: 1,
            position,
            url: link.url,
            kind: link.kind,
            label: link.label,
          })),
        );
      }
      insertRows(
        db,
        "Episode",
        episodes.map((episode) => ({
          ...episode,
          publishedAt: episode.publishedAt === null ? null : prismaTimestamp(episode.publishedAt),
        })),
      );
      insertRows(
        db,
        "Chapter",
        chapters.map(({ topics, from, ...chapter }, index) => ({
          id: index + 1,
          ...chapter,
          subpoints: JSON.stringify(chapter.subpoints),
        })),
      );
      insertRows(db, "Link", links);
      insertRows(db, "EpisodeSource", sources);
      insertRows(db, "AppliedFact", facts);
      insertRows(
        db,
        "Topic",
        catalog.topics.map((topic, index) => ({ id: index + 1, position: index, ...topic })),
      );
      insertRows(db, "EpisodeTopic", episodeTopics);
      insertRows(db, "ChapterTopic", chapterTopics);
      const search = searchRows(catalog);
      insertRows(db, "search_index", search.rows);
      insertRows(
        db,
        "SearchTerm",
        [...search.terms].map(([term, frequency]) => ({ term, frequency })),
      );
      db.exec(`INSERT INTO "search_index"("search_index") VALUES ('optimize')`);
      insertRows(db, "CatalogInfo", [
        {
          id: 1,
          inputHash,
          episodeCount: episodes.length,
          chapterCount: chapters.length,
          linkCount: links.length,
        },
      ]);
    })();
  } finally {
    db.close();
  }
  return {
    episodes: episodes.length,
    chapters: chapters.length,
    links: links.length,
    crossLinks: links.filter((link) => link.targetEpisodeId !== null).length,
    sources: sources.length,
    facts: facts.length,
  };
}

function verify(filePath: string, expectedEpisodes: number) {
  const db = new Database(filePath, { fileMustExist: true });
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`integrity_check: ${String(integrity)}`);
    const violations = db.pragma("foreign_key_check") as unknown[];
    if (violations.length > 0) throw new Error(`foreign_key_check: ${JSON.stringify(violations[0])}`);
    const { count } = db.prepare(`SELECT count(*) AS count FROM "Episode"`).get() as { count: number };
    if (count !== expectedEpisodes) throw new Error(`wrote ${count} episodes, expected ${expectedEpisodes}`);
    const mode = db.pragma("journal_mode = DELETE", { simple: true });
    if (mode !== "delete") throw new Error(`journal_mode is ${String(mode)}, expected delete`);
  } finally {
    db.close();
  }
}

function fsyncPath(filePath: string, flags: "r" | "r+") {
  const fd = openSync(filePath, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeTemp(filePath: string) {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${filePath}${suffix}`, { force: true });
}

/**
 * importCatalog({ catalog, dbPath: "/abs/data/catalog.db", inputHash }) -> { episodes: 45, chapters: 310, … }
 * On any failure the temporary file is removed, `dbPath` is left as it was, and the error is rethrown.
 */
export async function importCatalog(options: {
  catalog: Catalog;
  dbPath: string;
  inputHash: string;
  migrationsDir?: string;
}): Promise<ImportSummary> {
  const started = performance.now();
  const target = path.resolve(options.dbPath);
  const tempPath = `${target}.importing-${process.pid}-${randomBytes(6).toString("hex")}`;
  try {
    const migrations = readMigrations(options.migrationsDir);
    closeSync(openSync(tempPath, "wx"));
    createSchema(tempPath, migrations);
    const counts = writeRows(tempPath, options.catalog, options.inputHash);
    verify(tempPath, counts.episodes);
    fsyncPath(tempPath, "r+");
    renameSync(tempPath, target);
    try {
      fsyncPath(path.dirname(target), "r");
    } catch {
      // Some file systems cannot fsync a directory; the rename itself has already happened.
    }
    return { dbPath: target, ...counts, elapsedMs: Math.round(performance.now() - started) };
  } catch (error) {
    removeTemp(tempPath);
    const reason = error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : String(error);
    throw new Error(`import into ${displayPath(target)} failed: ${reason}`, { cause: error });
  }
}

/** readCatalogInfo("/abs/data/catalog.db") -> the stored input hash, or null when the file or table is missing. */
export function readCatalogInfo(dbPath: string): string | null {
  if (!existsSync(dbPath)) return null;
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(`SELECT "inputHash" FROM "CatalogInfo" WHERE "id" = 1`).get() as
      { inputHash: string } | undefined;
    return row?.inputHash ?? null;
  } catch (error) {
    if (error instanceof Error && /^no such table/.test(error.message)) return null;
    throw new Error(`${displayPath(dbPath)}: cannot read catalog info`, { cause: error });
  } finally {
    db.close();
  }
}
