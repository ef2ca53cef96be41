// The catalog file as the running site sees it: its identity on disk (an import renames a new file
// over the old one, so a new inode means a new catalog) and the input hash the import stored in it
// (its content version). No "server-only": instrumentation.ts and next.config.ts read these too.
import { statSync } from "node:fs";
import Database from "better-sqlite3";

/** "device:inode" of the file, or null while it is missing (a catalog is never deleted, only replaced). */
export function catalogFileIdentity(filePath: string): string | null {
  try {
    const stats = statSync(filePath, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return null;
  }
}

/**
 * catalogVersion("/abs/data/catalog.db") -> "3f9a…": the input hash stored by the import (the same
 * inputs and code give the same hash), or null when there is no readable catalog there.
 */
export function catalogVersion(filePath: string): string | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true });
    const row = db.prepare(`SELECT "inputHash" FROM "CatalogInfo" WHERE "id" = 1`).get() as
      { inputHash: string } | undefined;
    return row?.inputHash ?? null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
