// Writes a built Catalog into a fresh SQLite file and renames it over the live database, so the site
// sees either the old catalog or the new one, never a half-written one. It does not parse or validate;
// which rows a catalog becomes is lib/ingest/store/rows.ts.
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
import type { Catalog } from "@/lib/catalog/schema";
import { displayPath, projectRoot } from "@/lib/ingest/sources";
import { catalogRows, prismaTimestamp, type RowCounts, type TableRows } from "./rows";

export const defaultMigrationsDir = path.join(projectRoot, "prisma/migrations");

export type ImportSummary = RowCounts & { dbPath: string; elapsedMs: number };

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

function writeRows(filePath: string, tables: TableRows[]) {
  // Plain prepared statements in one transaction: the rows are already validated, and this is an
  // order of magnitude faster than starting a Prisma client for a one-off bulk write.
  const db = new Database(filePath, { fileMustExist: true });
  try {
    db.pragma("foreign_keys = ON");
    db.transaction(() => {
      for (const { table, rows } of tables) insertRows(db, table, rows);
      db.exec(`INSERT INTO "search_index"("search_index") VALUES ('optimize')`);
    })();
  } finally {
    db.close();
  }
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
    const { tables, counts } = catalogRows(options.catalog, options.inputHash);
    closeSync(openSync(tempPath, "wx"));
    createSchema(tempPath, migrations);
    writeRows(tempPath, tables);
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
