// The per-catalog state search keeps (vocabulary, rowid layout) through lib/db/client's proxy: one state
// per real client behind it, so after an import renames a new file into place, searches read the new
// catalog's words, with no restart.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type { Catalog } from "@/lib/catalog/schema";
import { importCatalog } from "@/lib/ingest/store/import";
import { searchCatalog } from "@/lib/search/search";
import { smallCatalog } from "@/tests/fixtures/catalog/small-catalog";

vi.mock("server-only", () => ({}));

const { catalogClient, openCatalogDb } = await import("@/lib/db/client");

/** The small catalog with its first episode renamed: "zeppelin" is a word only this catalog has. */
function renamedCatalog(): Catalog {
  const catalog = smallCatalog();
  catalog.episodes[0] = { ...catalog.episodes[0]!, displayTitle: "Long polling with a zeppelin" };
  return catalog;
}

let dir: string;
let dbPath: string;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "search-state-"));
  dbPath = path.join(dir, "catalog.db");
  await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "first" });
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

it("reads a re-imported catalog's vocabulary through the same proxy", async () => {
  const catalog = openCatalogDb(dbPath, { checkIntervalMs: 0, graceMs: 50, requestScope: () => undefined });
  const db = catalogClient(catalog);
  try {
    // "zepelin" is close to no word of the first catalog: nothing to correct it to.
    const before = await searchCatalog({ query: "zepelin" }, db);
    expect(before).toMatchObject({ total: 0, results: [] });
    expect(before.suggestion).toBeUndefined();

    await importCatalog({ catalog: renamedCatalog(), dbPath, inputHash: "second" });
    const after = await searchCatalog({ query: "zepelin" }, db);
    expect(after).toMatchObject({ query: "zeppelin", suggestion: "zeppelin", corrected: true, total: 1 });
    expect(after.results.map((hit) => hit.slug)).toEqual(["the-genius-of-long-polling"]);
  } finally {
    await catalog.close();
  }
});
