// lib/db/client.ts against a catalog file that an import replaces while clients are open: new requests see the
// new catalog without a restart, a request already running keeps reading the catalog it started with.
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { importCatalog } from "@/lib/ingest/store/import";
import type { Catalog } from "@/lib/catalog/schema";
import { smallCatalog } from "@/tests/fixtures/catalog/small-catalog";

vi.mock("server-only", () => ({}));

const { catalogClient, openCatalogDb, withCatalog } = await import("@/lib/db/client");

/** The small catalog without its third episode, and a changed title: another catalog on the same path. */
function smallerCatalog(): Catalog {
  const catalog = smallCatalog();
  catalog.episodes = catalog.episodes.slice(0, 2);
  catalog.episodes[0] = { ...catalog.episodes[0]!, displayTitle: "Long polling, second import" };
  return catalog;
}

let dir: string;
let dbPath: string;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "db-reload-"));
  dbPath = path.join(dir, "catalog.db");
  await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "first" });
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const titles = async (db: ReturnType<typeof catalogClient>) =>
  (await db.episode.findMany({ select: { title: true }, orderBy: { position: "asc" } })).map(
    (episode) => episode.title,
  );

describe("openCatalogDb", () => {
  it("serves the new catalog after an import renames a new file over the open one", async () => {
    const catalog = openCatalogDb(dbPath, { checkIntervalMs: 0, graceMs: 50, requestScope: () => undefined });
    const db = catalogClient(catalog);
    try {
      expect(await db.episode.count()).toBe(3);
      const first = catalog.client();
      await importCatalog({ catalog: smallerCatalog(), dbPath, inputHash: "second" });
      expect(await db.episode.count()).toBe(2);
      expect(await titles(db)).toEqual(["Long polling, second import", expect.any(String)]);
      const [info] = await db.$queryRaw<{ inputHash: string }[]>`SELECT "inputHash" FROM "CatalogInfo"`;
      expect(info?.inputHash).toBe("second");
      expect(catalog.client()).not.toBe(first);
      // What per-client caches key on follows the switch; the proxy itself does not change.
      expect((db as unknown as { $client: unknown }).$client).toBe(catalog.client());

      // An unchanged file keeps its client.
      const second = catalog.client();
      expect(catalog.client()).toBe(second);
    } finally {
      await catalog.close();
    }
  });

  it("checks the file at most once per interval", async () => {
    let time = 0;
    const catalog = openCatalogDb(dbPath, {
      checkIntervalMs: 1000,
      graceMs: 50,
      requestScope: () => undefined,
      now: () => time,
    });
    const db = catalogClient(catalog);
    try {
      expect(await db.episode.count()).toBe(3);
      await importCatalog({ catalog: smallerCatalog(), dbPath, inputHash: "second" });
      time = 999;
      // Still the old handle on the old (renamed-over, still readable) inode.
      expect(await db.episode.count()).toBe(3);
      time = 1000;
      expect(await db.episode.count()).toBe(2);
    } finally {
      await catalog.close();
    }
  });

  it("keeps one catalog for a whole request, even across an import (no torn reads)", async () => {
    const requests = new AsyncLocalStorage<object>();
    const catalog = openCatalogDb(dbPath, {
      checkIntervalMs: 0,
      graceMs: 60_000,
      requestScope: () => requests.getStore(),
    });
    const db = catalogClient(catalog);
    try {
      const during = await requests.run({}, async () => {
        const before = await db.episode.count();
        await importCatalog({ catalog: smallerCatalog(), dbPath, inputHash: "second" });
        // The retired client is still open: the rest of this request reads the catalog it started with.
        return { before, after: await db.episode.count(), titles: await titles(db) };
      });
      expect(during).toEqual({
        before: 3,
        after: 3,
        titles: ["The genius of long polling", expect.any(String), expect.any(String)],
      });
      // The next request sees the new catalog.
      expect(await requests.run({}, () => db.episode.count())).toBe(2);
    } finally {
      await catalog.close();
    }
  });

  it("keeps serving the open catalog while the file is missing", async () => {
    const catalog = openCatalogDb(dbPath, { checkIntervalMs: 0, requestScope: () => undefined });
    const db = catalogClient(catalog);
    try {
      expect(await db.episode.count()).toBe(3);
      rmSync(dbPath);
      expect(await db.episode.count()).toBe(3);
    } finally {
      await catalog.close();
    }
  });
});

describe("refresh", () => {
  it("is false while the file is the open one, true once an import replaced it", async () => {
    // A long interval: only refresh() can make this catalog look at the file again.
    const catalog = openCatalogDb(dbPath, {
      checkIntervalMs: 60_000,
      graceMs: 50,
      requestScope: () => undefined,
    });
    const db = catalogClient(catalog);
    try {
      expect(await db.episode.count()).toBe(3);
      const first = catalog.client();
      expect(catalog.refresh()).toBe(false);
      expect(catalog.refresh()).toBe(false);
      expect(catalog.client()).toBe(first);

      await importCatalog({ catalog: smallerCatalog(), dbPath, inputHash: "second" });
      expect(catalog.refresh()).toBe(true);
      expect(catalog.client()).not.toBe(first);
      expect(await db.episode.count()).toBe(2);
      expect(await titles(db)).toEqual(["Long polling, second import", expect.any(String)]);
      // The new file is now the open one.
      expect(catalog.refresh()).toBe(false);
    } finally {
      await catalog.close();
    }
  });

  it("is false while the file is missing, and the open catalog is still served", async () => {
    const catalog = openCatalogDb(dbPath, { checkIntervalMs: 60_000, requestScope: () => undefined });
    const db = catalogClient(catalog);
    try {
      expect(await db.episode.count()).toBe(3);
      rmSync(dbPath);
      expect(catalog.refresh()).toBe(false);
      expect(await db.episode.count()).toBe(3);
    } finally {
      await catalog.close();
    }
  });
});

describe("withCatalog", () => {
  // No requestScope option: the default one is withCatalog's scope (or React's, in a render).
  const openDefault = () => openCatalogDb(dbPath, { checkIntervalMs: 0, graceMs: 60_000 });

  it("keeps one catalog for a route handler's whole body, even across an import", async () => {
    const catalog = openDefault();
    const db = catalogClient(catalog);
    try {
      const during = await withCatalog(async () => {
        const before = await db.episode.count();
        await importCatalog({ catalog: smallerCatalog(), dbPath, inputHash: "second" });
        return { before, after: await db.episode.count(), first: (await titles(db))[0] };
      });
      expect(during).toEqual({ before: 3, after: 3, first: "The genius of long polling" });
      // The next request reads the new catalog.
      expect(await withCatalog(() => db.episode.count())).toBe(2);
    } finally {
      await catalog.close();
    }
  });

  it("gives each of two overlapping requests its own catalog", async () => {
    const catalog = openDefault();
    const db = catalogClient(catalog);
    let started!: () => void;
    const hasRead = new Promise<void>((resolve) => (started = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    try {
      const older = withCatalog(async () => {
        const before = await db.episode.count();
        started();
        await released;
        return [before, await db.episode.count()];
      });
      await hasRead;
      await importCatalog({ catalog: smallerCatalog(), dbPath, inputHash: "second" });
      const newer = await withCatalog(async () => [await db.episode.count(), await db.episode.count()]);
      release();
      expect(await older).toEqual([3, 3]);
      expect(newer).toEqual([2, 2]);
    } finally {
      await catalog.close();
    }
  });

  it("returns the body's value and passes its error on", async () => {
    expect(await withCatalog(async () => 42)).toBe(42);
    await expect(
      withCatalog(async () => {
        throw new Error("the handler failed");
      }),
    ).rejects.toThrow("the handler failed");
  });

  it("outside any request scope, each query reads the newest catalog", async () => {
    const catalog = openDefault();
    const db = catalogClient(catalog);
    try {
      expect(await db.episode.count()).toBe(3);
      await importCatalog({ catalog: smallerCatalog(), dbPath, inputHash: "second" });
      expect(await db.episode.count()).toBe(2);
    } finally {
      await catalog.close();
    }
  });
});
