import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importCatalog, readCatalogInfo } from "@/lib/ingest/store/import";
import type { Catalog } from "@/lib/catalog/schema";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { smallCatalog } from "@/tests/fixtures/catalog/small-catalog";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../../..");
const prismaBin = path.join(root, "node_modules/.bin/prisma");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "catalog-import-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table, in rowid order; the migration log without its timestamps. */
function dump(filePath: string): Record<string, unknown[]> {
  const db = new Database(filePath, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      .pluck()
      .all() as string[];
    const result: Record<string, unknown[]> = {};
    for (const table of tables) {
      // Some FTS5 shadow tables are WITHOUT ROWID: order rows by their content instead.
      const rows = (db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]).sort((a, b) =>
        JSON.stringify(a) < JSON.stringify(b) ? -1 : 1,
      );
      result[table] =
        table === "_prisma_migrations"
          ? rows.map((row) => ({
              ...row,
              started_at: typeof row.started_at,
              finished_at: typeof row.finished_at,
            }))
          : rows;
    }
    result.schema = db.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY name`).all();
    return result;
  } finally {
    db.close();
  }
}

function withClient<T>(filePath: string, read: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const prisma = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: `file:${filePath}`, fileMustExist: true }),
  });
  return read(prisma).finally(() => prisma.$disconnect());
}

describe("importCatalog", () => {
  it("writes every record, readable through Prisma", async () => {
    const dbPath = path.join(dir, "catalog.db");
    const summary = await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "hash-1" });
    expect(summary).toMatchObject({
      dbPath,
      episodes: 3,
      chapters: 7,
      links: 3,
      crossLinks: 1,
      sources: 4,
      facts: 6,
    });

    await withClient(dbPath, async (prisma) => {
      const episodes = await prisma.episode.findMany({
        orderBy: { id: "asc" },
        include: {
          chapters: { orderBy: { position: "asc" } },
          links: { orderBy: { position: "asc" }, include: { targetEpisode: { select: { slug: true } } } },
          sources: { orderBy: { id: "asc" } },
          facts: { orderBy: { field: "asc" } },
        },
      });
      expect(episodes.map((episode) => [episode.id, episode.position, episode.slug])).toEqual([
        [1, 1, "the-genius-of-long-polling"],
        [2, 2, "socket-management-and-kernel-data-structures"],
        [3, 3, "my-new-book-root-cause"],
      ]);
      const [polling, sockets, book] = episodes;
      expect(polling).toMatchObject({
        sourceTitle: "The genius of long polling",
        title: "The genius of long polling",
        titleSource: "source",
        publishedAt: new Date("2024-02-05T00:00:00Z"),
        publishedPrecision: "day",
        durationSeconds: 1420,
        durationPrecision: "second",
        youtubeId: "J6CBdSCB_fY",
        youtubeIdConfidence: "exact-title-match",
        chapterCount: 4,
      });
      expect(
        polling!.chapters.map((chapter) => [
          chapter.position,
          chapter.startSeconds,
          chapter.title,
          chapter.subpoints,
        ]),
      ).toEqual([
        [0, 0, "Intro", []],
        [1, 45, "Polling", ["Chatty systems", "Request/response"]],
        [2, 150, "Problem with Polling", ["Wasted requests"]],
        [3, 1300, "Summary", []],
      ]);
      expect(polling!.links.map((link) => ({ ...link, id: undefined }))).toEqual([
        {
          id: undefined,
          episodeId: 1,
          position: 0,
          url: "https://www.youtube.com/watch?v=J6CBdSCB_fY&t=76s",
          kind: "youtube",
          label: "the video",
          youtubeId: "J6CBdSCB_fY",
          startSeconds: 76,
          targetEpisodeId: null,
          targetEpisode: null,
        },
        {
          id: undefined,
          episodeId: 1,
          position: 1,
          url: "https://example.com/sockets",
          kind: "reference",
          label: "Socket management",
          youtubeId: null,
          startSeconds: null,
          targetEpisodeId: 2,
          targetEpisode: { slug: "socket-management-and-kernel-data-structures" },
        },
      ]);
      expect(polling!.sources.map((source) => [source.file, source.line])).toEqual([
        ["004_b.txt", 31],
        ["000_a.txt", 7],
      ]);
      expect(polling!.facts.map((fact) => [fact.field, fact.value, fact.source])).toEqual([
        ["durationSeconds", "1420", "https://example.com/feed#long-polling"],
        ["publishedAt", "2024-02-05", "https://example.com/feed#long-polling"],
        ["youtubeId", "J6CBdSCB_fY", "https://www.youtube.com/watch?v=J6CBdSCB_fY"],
      ]);
      expect(sockets).toMatchObject({
        publishedAt: null,
        publishedPrecision: null,
        durationPrecision: "minute",
        youtubeId: null,
        chapterCount: 3,
      });
      expect(book).toMatchObject({
        sourceTitle: null,
        title: "My new book - Root cause, Stories from two decades of backend bugs",
        titleSource: "facts",
        chapterCount: 0,
        chapters: [],
        links: [],
      });
      expect(book!.facts.map((fact) => [fact.field, fact.value])).toEqual([
        ["officialTitle", "My new book - Root cause, Stories from two decades of backend bugs"],
        ["publishedAt", "2026-04-15"],
      ]);

      const shows = await prisma.show.findMany({ include: { links: { orderBy: { position: "asc" } } } });
      expect(shows).toHaveLength(1);
      expect(shows[0]).toMatchObject({ name: "The Backend Engineering Show", author: "Hussein Nasser" });
      expect(shows[0]!.links.map((link) => [link.kind, link.url, link.label])).toEqual([
        ["support", "https://www.buymeacoffee.com/hnasr", "Buy me a coffee"],
        ["course", "https://husseinnasser.com/courses", "Courses I Teach"],
      ]);
      expect(await prisma.catalogInfo.findUnique({ where: { id: 1 } })).toEqual({
        id: 1,
        inputHash: "hash-1",
        episodeCount: 3,
        chapterCount: 7,
        linkCount: 3,
      });
    });

    expect(readCatalogInfo(dbPath)).toBe("hash-1");
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("delete");
    db.close();
    expect(readdirSync(dir)).toEqual(["catalog.db"]);
  });

  it("writes the same rows and ids when importing the same catalog again", async () => {
    const first = path.join(dir, "first.db");
    const second = path.join(dir, "second.db");
    await importCatalog({ catalog: smallCatalog(), dbPath: first, inputHash: "same" });
    await importCatalog({ catalog: smallCatalog(), dbPath: second, inputHash: "same" });
    const before = dump(first);
    expect(before.Episode).toHaveLength(3);
    expect(dump(second)).toEqual(before);

    // Re-importing over an existing file replaces it with the same content.
    await importCatalog({ catalog: smallCatalog(), dbPath: first, inputHash: "same" });
    expect(dump(first)).toEqual(before);
  });

  it(
    "leaves a database that Prisma's migrate status and deploy consider up to date",
    { timeout: 60_000 },
    async () => {
      const dbPath = path.join(dir, "catalog.db");
      await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "h" });
      const env = { ...process.env, DATABASE_URL: `file:${dbPath}` };

      const status = await run(prismaBin, ["migrate", "status"], { cwd: root, env });
      expect(status.stdout).toContain("Database schema is up to date");
      const deploy = await run(prismaBin, ["migrate", "deploy"], { cwd: root, env });
      expect(deploy.stdout).toContain("No pending migrations to apply");

      // The migration log has the same shape as the one `migrate deploy` writes into a fresh file.
      const reference = path.join(dir, "reference.db");
      await run(prismaBin, ["migrate", "deploy"], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: `file:${reference}` },
      });
      const log = (filePath: string) => {
        const db = new Database(filePath, { readonly: true });
        const rows = db.prepare(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`).all() as Record<
          string,
          unknown
        >[];
        const table = db
          .prepare(`SELECT sql FROM sqlite_master WHERE name = '_prisma_migrations'`)
          .pluck()
          .get();
        db.close();
        return { table, rows };
      };
      const ours = log(dbPath);
      const theirs = log(reference);
      expect(ours.table).toBe(theirs.table);
      const timestamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;
      const shape = ({ id, started_at, finished_at, ...rest }: Record<string, unknown>) => ({
        ...rest,
        id:
          typeof id === "string" &&
          /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id),
        started_at: timestamp.test(String(started_at)),
        finished_at: timestamp.test(String(finished_at)),
      });
      expect(ours.rows.length).toBeGreaterThan(0);
      expect(ours.rows.map(shape)).toEqual(theirs.rows.map(shape));
      expect(ours.rows.map(shape)[0]).toMatchObject({
        id: true,
        started_at: true,
        finished_at: true,
        applied_steps_count: 1,
      });
    },
  );

  it("leaves the previous database untouched and no temporary file when a constraint fails", async () => {
    const dbPath = path.join(dir, "catalog.db");
    await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "good" });
    const before = readFileSync(dbPath);

    const duplicate: Catalog = smallCatalog();
    duplicate.episodes[2] = { ...duplicate.episodes[2]!, slug: duplicate.episodes[0]!.slug };
    const error = await importCatalog({ catalog: duplicate, dbPath, inputHash: "bad" }).then(
      () => new Error("expected the import to fail"),
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(
      /^import into .*catalog\.db failed: UNIQUE constraint failed: Episode\.showId, Episode\.slug$/,
    );
    expect(error.message).not.toContain("\n");
    expect(error.cause).toBeDefined();

    expect(readFileSync(dbPath).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(["catalog.db"]);
    expect(readCatalogInfo(dbPath)).toBe("good");
  });

  it("rejects a link to an episode that is not in the catalog", async () => {
    const dbPath = path.join(dir, "catalog.db");
    const broken = smallCatalog();
    broken.episodes[0]!.links[1]!.targetSlug = "no-such-episode";
    await expect(importCatalog({ catalog: broken, dbPath, inputHash: "x" })).rejects.toThrow(
      /no episode with slug "no-such-episode"/,
    );
    expect(existsSync(dbPath)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("readCatalogInfo", () => {
  it("returns null for a missing file or a database without the table", () => {
    expect(readCatalogInfo(path.join(dir, "missing.db"))).toBeNull();
    const empty = path.join(dir, "empty.db");
    new Database(empty).close();
    expect(readCatalogInfo(empty)).toBeNull();
  });

  it("throws, rather than answering null, for a file that is not a database", () => {
    const junk = path.join(dir, "junk.db");
    writeFileSync(junk, "this is not sqlite, just text long enough to fill a header ".repeat(4));
    expect(() => readCatalogInfo(junk)).toThrow(/junk\.db: cannot read catalog info/);
  });
});
