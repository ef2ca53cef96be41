// lib/db/sitemap.ts against a real temporary SQLite catalog (the small three-episode fixture): a shard
// reads its slice of the episodes in catalog order, and the shows come with their newest episode's date.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTempCatalog, type TempCatalog } from "./temp-catalog";
import { countSitemapEpisodes, listSitemapEpisodes, listSitemapShows } from "@/lib/db/sitemap";
import { smallCatalog } from "@/tests/fixtures/catalog/small-catalog";

vi.mock("server-only", () => ({}));

// The read layer's client, pointed at this test's catalog once it is imported.
const catalogDb = vi.hoisted(() => ({ client: null as unknown }));
vi.mock("@/lib/db/client", () => ({
  get db() {
    if (!catalogDb.client) throw new Error("the test catalog is not open yet");
    return catalogDb.client;
  },
}));

let catalog: TempCatalog;

beforeAll(async () => {
  catalog = await openTempCatalog(smallCatalog(), "sitemap");
  catalogDb.client = catalog.client;
});

afterAll(() => catalog.close());

const show = "the-backend-engineering-show";

describe("the sitemap's reads", () => {
  it("counts the catalog's episodes", async () => {
    expect(await countSitemapEpisodes()).toBe(3);
  });

  it("reads one slice of the episodes in catalog order, whatever their dates", async () => {
    // Catalog order is the fixture's: long polling (2024-02-05), socket management (undated), the book
    // (2026-04-15), though the book is the newest.
    expect(await listSitemapEpisodes({ skip: 0, take: 2 })).toEqual([
      { show, slug: "the-genius-of-long-polling", publishedAt: new Date("2024-02-05T00:00:00Z") },
      { show, slug: "socket-management-and-kernel-data-structures", publishedAt: null },
    ]);
    expect(await listSitemapEpisodes({ skip: 2, take: 2 })).toEqual([
      { show, slug: "my-new-book-root-cause", publishedAt: new Date("2026-04-15T00:00:00Z") },
    ]);
    expect(await listSitemapEpisodes({ skip: 3, take: 2 })).toEqual([]);
  });

  it("dates each show by its newest episode", async () => {
    expect(await listSitemapShows()).toEqual([{ slug: show, latest: new Date("2026-04-15T00:00:00Z") }]);
  });
});
