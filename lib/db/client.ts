// The one Prisma client of the site, over better-sqlite3 (driver adapter; no native Prisma engine).
// The catalog is written only by the import; the site opens an existing file and never creates one.
// A re-import renames a new file over the old one: the path's inode is compared with the open one at
// most once a second, and at once when the server's catalog watcher says so (lib/db/catalog-watch.ts
// -> app/api/revalidate); a replaced file gets a new client, the old one is closed after a grace period.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { catalogDbPath } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { catalogFileIdentity } from "./catalog-file";

export type CatalogDbOptions = {
  /** How often the file's identity is checked; 0 checks on every request. */
  checkIntervalMs?: number;
  /** How long a replaced client stays open for the requests still using it. */
  graceMs?: number;
  /**
   * The current request, if any: one request reads one catalog from start to end, even when the file
   * is replaced between two of its queries (no torn reads). Defaults to the render's React request
   * scope, or the route handler's withCatalog() scope.
   */
  requestScope?: () => object | undefined;
  now?: () => number;
};

export type CatalogDb = {
  /** The client for the current request (the newest catalog for a new request). */
  client(): PrismaClient;
  /** Compares the file with the open one now; true when a new catalog was opened. */
  refresh(): boolean;
  /** Closes every open client. */
  close(): Promise<void>;
};

function createClient(filePath: string): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: `file:${filePath}`, fileMustExist: true });
  return new PrismaClient({ adapter });
}

/** One object per server render (React's request cache), shared by generateMetadata and the page. */
const renderScope = cache((): object => ({}));

/** Route handlers run outside a React render: withCatalog() gives each request its own scope. */
const routeScope = new AsyncLocalStorage<object>();

function defaultRequestScope(): object | undefined {
  return routeScope.getStore() ?? renderScope();
}

/**
 * withCatalog(async () => …) runs a route handler's body against one catalog from start to end (pages
 * get that from React's request scope without asking).
 */
export function withCatalog<T>(body: () => Promise<T>): Promise<T> {
  return routeScope.run({}, body);
}

/** openCatalogDb("/abs/data/catalog.db").client() -> a PrismaClient on the file as it is now. */
export function openCatalogDb(filePath: string, options: CatalogDbOptions = {}): CatalogDb {
  const checkIntervalMs = options.checkIntervalMs ?? 1000;
  const graceMs = options.graceMs ?? 60_000;
  const requestScope = options.requestScope ?? defaultRequestScope;
  const now = options.now ?? Date.now;
  const retired = new Set<PrismaClient>();
  const pinned = new WeakMap<object, PrismaClient>();
  let current: { client: PrismaClient; identity: string | null } | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;

  /** Opens the file anew when it is not the open one; true when it did. */
  const check = (): boolean => {
    checkedAt = now();
    const identity = catalogFileIdentity(filePath);
    if (current && (identity === null || identity === current.identity)) return false;
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
    return true;
  };

  const latest = (): PrismaClient => {
    if (!current || now() - checkedAt >= checkIntervalMs) check();
    return current!.client;
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
    refresh: check,
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

// One catalog (and one set of SQLite handles) per process: dev hot reloads re-evaluate this module,
// and the server's route bundles may each load their own copy of it.
const globalForDb = globalThis as typeof globalThis & { catalogDb?: CatalogDb };

export const catalogDb: CatalogDb = (globalForDb.catalogDb ??= openCatalogDb(catalogDbPath));

export const db: PrismaClient = catalogClient(catalogDb);
