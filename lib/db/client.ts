// The one Prisma client of the site, over better-sqlite3 (driver adapter; no native Prisma engine).
// The catalog is written only by the import; the site opens an existing file and never creates one.
// A re-import renames a new file over the old one: at most once a second the path's inode is compared
// with the open one, and a replaced file gets a new client (the old one is closed after a grace period).
import "server-only";
import { statSync } from "node:fs";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { catalogDbPath, nodeEnv } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type CatalogDbOptions = {
  /** How often the file's identity is checked; 0 checks on every request. */
  checkIntervalMs?: number;
  /** How long a replaced client stays open for the requests still using it. */
  graceMs?: number;
  /**
   * The current request, if any: one request reads one catalog from start to end, even when the file
   * is replaced between two of its queries (no torn reads). Defaults to Next's per-request work store.
   */
  requestScope?: () => object | undefined;
  now?: () => number;
};

export type CatalogDb = {
  /** The client for the current request (the newest catalog for a new request). */
  client(): PrismaClient;
  /** Closes every open client. */
  close(): Promise<void>;
};

function createClient(filePath: string): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: `file:${filePath}`, fileMustExist: true });
  return new PrismaClient({ adapter });
}

/** "device:inode" of the file, or null while it is missing (a catalog is never deleted, only replaced). */
function fileIdentity(filePath: string): string | null {
  try {
    const stats = statSync(filePath, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return null;
  }
}

function nextRequestScope(): object | undefined {
  return workAsyncStorage.getStore();
}

/** openCatalogDb("/abs/data/catalog.db").client() -> a PrismaClient on the file as it is now. */
export function openCatalogDb(filePath: string, options: CatalogDbOptions = {}): CatalogDb {
  const checkIntervalMs = options.checkIntervalMs ?? 1000;
  const graceMs = options.graceMs ?? 60_000;
  const requestScope = options.requestScope ?? nextRequestScope;
  const now = options.now ?? Date.now;
  const retired = new Set<PrismaClient>();
  const pinned = new WeakMap<object, PrismaClient>();
  let current: { client: PrismaClient; identity: string | null } | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;

  const latest = (): PrismaClient => {
    const time = now();
    if (current && time - checkedAt < checkIntervalMs) return current.client;
    checkedAt = time;
    const identity = fileIdentity(filePath);
    if (current && (identity === null || identity === current.identity)) return current.client;
    const previous = current?.client;
    current = { client: createClient(filePath), identity };
    if (previous) {
      retired.add(previous);
      const timer = setTimeout(() => {
        retired.delete(previous);
        void previous.$disconnect();
      }, graceMs);
      timer.unref();
    }
    return current.client;
  };

  return {
    client() {
      const scope = requestScope();
      if (!scope) return latest();
      let client = pinned.get(scope);
      if (!client) {
        client = latest();
        pinned.set(scope, client);
      }
      return client;
    },
    async close() {
      const clients = [...retired, ...(current ? [current.client] : [])];
      retired.clear();
      current = null;
      await Promise.all(clients.map((client) => client.$disconnect()));
    },
  };
}

/**
 * A PrismaClient whose every use goes to `catalog.client()`. `$client` is that client itself: a cache
 * kept per client (search's vocabulary) keys on it, since the proxy stays the same across imports.
 */
export function catalogClient(catalog: CatalogDb): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, property) {
      const client = catalog.client();
      if (property === "$client") return client;
      const value: unknown = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}

// Dev hot reloads re-evaluate this module; keep one catalog (and its SQLite handles) across them.
const globalForDb = globalThis as typeof globalThis & { catalogDb?: CatalogDb };

const catalogDb = globalForDb.catalogDb ?? openCatalogDb(catalogDbPath);

if (nodeEnv !== "production") {
  globalForDb.catalogDb = catalogDb;
}

export const db: PrismaClient = catalogClient(catalogDb);
