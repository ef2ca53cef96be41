// The one Prisma client of the site, over better-sqlite3 (driver adapter; no native Prisma engine).
// The catalog is written only by the import; the site opens an existing file and never creates one.
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { catalogDbPath, nodeEnv } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: `file:${catalogDbPath}`, fileMustExist: true });
  return new PrismaClient({ adapter });
}

// Dev hot reloads re-evaluate this module; keep one client (and one SQLite handle) across them.
const globalForDb = globalThis as typeof globalThis & { catalogDb?: PrismaClient };

export const db = globalForDb.catalogDb ?? createClient();

if (nodeEnv !== "production") {
  globalForDb.catalogDb = db;
}
