// lib/db/catalog-file.ts on real files: an import (a new file renamed over the old one) changes the
// file's identity and its version, reading it changes neither, and anything that is not a catalog is null.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { catalogFileIdentity, catalogVersion } from "@/lib/db/catalog-file";
import { importCatalog } from "@/lib/ingest/store/import";
import { smallCatalog } from "@/tests/fixtures/catalog/small-catalog";

let dir: string;
let dbPath: string;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "catalog-file-"));
  dbPath = path.join(dir, "catalog.db");
  await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "first" });
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("catalogFileIdentity", () => {
  it("is device:inode of an existing file", () => {
    expect(catalogFileIdentity(dbPath)).toMatch(/^\d+:\d+$/);
  });

  it("changes when an import renames a new file over the catalog", async () => {
    const before = catalogFileIdentity(dbPath);
    await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "second" });
    const after = catalogFileIdentity(dbPath);
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
  });

  it("stays the same while the file is only read", () => {
    const before = catalogFileIdentity(dbPath);
    readFileSync(dbPath);
    catalogVersion(dbPath);
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      db.prepare(`SELECT COUNT(*) FROM "Episode"`).get();
    } finally {
      db.close();
    }
    expect(catalogFileIdentity(dbPath)).toBe(before);
  });

  it("is null for a missing file", () => {
    expect(catalogFileIdentity(path.join(dir, "missing.db"))).toBeNull();
    rmSync(dbPath);
    expect(catalogFileIdentity(dbPath)).toBeNull();
  });
});

describe("catalogVersion", () => {
  it("is the input hash the import stored", async () => {
    expect(catalogVersion(dbPath)).toBe("first");
    await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "second" });
    expect(catalogVersion(dbPath)).toBe("second");
  });

  it("is null for a missing file, and does not create one", () => {
    const missing = path.join(dir, "missing.db");
    expect(catalogVersion(missing)).toBeNull();
    expect(existsSync(missing)).toBe(false);
  });

  it("is null for a file that is not a SQLite database", () => {
    const junk = path.join(dir, "junk.db");
    writeFileSync(junk, Buffer.from("this is not a database, only some bytes\u0000\u0001\u0002".repeat(200)));
    expect(catalogVersion(junk)).toBeNull();
  });

  it("is null for a SQLite database without catalog info", () => {
    const other = path.join(dir, "other.db");
    const db = new Database(other);
    db.exec(`CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY, "text" TEXT)`);
    db.close();
    expect(catalogVersion(other)).toBeNull();
  });
});
