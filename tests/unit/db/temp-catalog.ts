// A catalog imported into a temporary SQLite file and a Prisma client on it, for tests of the read
// layer (which point lib/db/client's `db` at `client` with vi.mock).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { Catalog } from "@/lib/catalog/schema";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { importCatalog } from "@/lib/ingest/store/import";

export type TempCatalog = { client: PrismaClient; dbPath: string; close(): Promise<void> };

/** openTempCatalog(smallCatalog(), "sitemap") -> the catalog imported into /tmp/db-sitemap-…/catalog.db */
export async function openTempCatalog(catalog: Catalog, name: string): Promise<TempCatalog> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `db-${name}-`));
  const dbPath = path.join(dir, "catalog.db");
  await importCatalog({ catalog, dbPath, inputHash: `${name}-test` });
  const client = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: `file:${dbPath}`, fileMustExist: true }),
  });
  return {
    client,
    dbPath,
    async close() {
      await client.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
