// The export document: version 3 carries the shows, each episode's show and how precisely its date is
// known, and reads back into the same catalog; version 2 (dates that are all days) and version 1 (one
// show, episodes naming none) documents are still read.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Catalog } from "@/lib/catalog/schema";
import { exportCatalog, parseCatalogDocument } from "@/lib/ingest/store/export";
import { importCatalog } from "@/lib/ingest/store/import";
import { smallCatalog } from "@/tests/fixtures/catalog/small-catalog";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "catalog-export-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The small catalog with its last episode moved to a second show. */
function twoShows(): Catalog {
  const catalog = smallCatalog();
  catalog.shows.push({
    slug: "network-stack-radio",
    name: "Network Stack Radio",
    author: "Dana Ortiz",
    description: "Weekly conversations about networking & databases.",
    links: [{ url: "https://radio.example.org/", kind: "reference", label: null }],
    artworkUrl: "https://radio.example.org/cover.jpg",
    feedUrl: null,
    youtubeChannel: null,
    isDefault: false,
  });
  catalog.episodes[2]!.show = "network-stack-radio";
  return catalog;
}

/** The small catalog with its undated episode known to be from May 2025. */
function withMonthDate(): Catalog {
  const catalog = smallCatalog();
  catalog.episodes[1]!.publishedAt = "2025-05-01";
  catalog.episodes[1]!.publishedPrecision = "month";
  return catalog;
}

describe("export --json, version 3", () => {
  it("writes the shows and each episode's show, and reads back the same catalog", async () => {
    const dbPath = path.join(dir, "catalog.db");
    await importCatalog({ catalog: twoShows(), dbPath, inputHash: "hash" });
    const document = exportCatalog(dbPath);
    expect(document.version).toBe(3);
    expect(document.catalog.shows).toEqual(twoShows().shows);
    expect(document.catalog.episodes.map((episode) => [episode.slug, episode.show])).toEqual([
      ["the-genius-of-long-polling", "the-backend-engineering-show"],
      ["socket-management-and-kernel-data-structures", "the-backend-engineering-show"],
      ["my-new-book-root-cause", "network-stack-radio"],
    ]);

    const text = JSON.stringify(document);
    const read = parseCatalogDocument(text, "catalog.json");
    expect(read).toEqual(document.catalog);
    const copy = path.join(dir, "copy.db");
    await importCatalog({ catalog: read, dbPath: copy, inputHash: "hash" });
    expect(exportCatalog(copy)).toEqual(document);
  });

  it("keeps each date's precision through the database and back", async () => {
    const dbPath = path.join(dir, "catalog.db");
    await importCatalog({ catalog: withMonthDate(), dbPath, inputHash: "hash" });
    const document = exportCatalog(dbPath);
    expect(
      document.catalog.episodes.map((episode) => [episode.publishedAt, episode.publishedPrecision]),
    ).toEqual([
      ["2024-02-05", "day"],
      ["2025-05-01", "month"],
      ["2026-04-15", "day"],
    ]);
    expect(document.catalog.episodes).toMatchObject(withMonthDate().episodes);
    const read = parseCatalogDocument(JSON.stringify(document), "catalog.json");
    const copy = path.join(dir, "copy.db");
    await importCatalog({ catalog: read, dbPath: copy, inputHash: "hash" });
    expect(exportCatalog(copy)).toEqual(document);
  });

  it("refuses a precision without a date, a date without one, and a month that is not its first day", () => {
    const documentWith = (change: (episode: Catalog["episodes"][number]) => void) => {
      const catalog = smallCatalog();
      change(catalog.episodes[1]!);
      return JSON.stringify({ format: "episode-catalog", version: 3, catalog });
    };
    expect(() =>
      parseCatalogDocument(
        documentWith((episode) => (episode.publishedPrecision = "year")),
        "catalog.json",
      ),
    ).toThrow(
      'catalog.json: catalog.episodes.1.publishedPrecision: a date precision ("year") without a publishedAt',
    );
    expect(() =>
      parseCatalogDocument(
        documentWith((episode) => (episode.publishedAt = "2025-05-13")),
        "catalog.json",
      ),
    ).toThrow("catalog.json: catalog.episodes.1.publishedPrecision: publishedAt 2025-05-13 has no precision");
    expect(() =>
      parseCatalogDocument(
        documentWith((episode) =>
          Object.assign(episode, { publishedAt: "2025-05-13", publishedPrecision: "month" }),
        ),
        "catalog.json",
      ),
    ).toThrow(
      "catalog.json: catalog.episodes.1.publishedAt: a date of month precision is the first day of its month, not 2025-05-13",
    );
  });

  it("refuses an episode of a show the document does not have", () => {
    const catalog = twoShows();
    const text = JSON.stringify({
      format: "episode-catalog",
      version: 3,
      catalog: { ...catalog, shows: catalog.shows.slice(0, 1) },
    });
    expect(() => parseCatalogDocument(text, "catalog.json")).toThrow(
      'catalog.json: catalog.episodes.2.show: no show "network-stack-radio" in the catalog',
    );
  });
});

describe("import --json of a version 2 document", () => {
  it("reads every date it has as a calendar day", () => {
    const catalog = twoShows();
    const v2 = {
      format: "episode-catalog",
      version: 2,
      catalog: {
        ...catalog,
        episodes: catalog.episodes.map(({ publishedPrecision: _precision, ...episode }) => episode),
      },
    };
    const read = parseCatalogDocument(JSON.stringify(v2), "old.json");
    expect(read.episodes.map((episode) => [episode.publishedAt, episode.publishedPrecision])).toEqual([
      ["2024-02-05", "day"],
      [null, null],
      ["2026-04-15", "day"],
    ]);
    expect(read).toEqual(catalog);
  });

  it("refuses an episode of a show the document does not have", () => {
    const catalog = twoShows();
    const text = JSON.stringify({
      format: "episode-catalog",
      version: 2,
      catalog: {
        ...catalog,
        shows: catalog.shows.slice(0, 1),
        episodes: catalog.episodes.map(({ publishedPrecision: _precision, ...episode }) => episode),
      },
    });
    expect(() => parseCatalogDocument(text, "catalog.json")).toThrow(
      'catalog.json: catalog.episodes.2.show: no show "network-stack-radio" in the catalog',
    );
  });
});

describe("import --json of a version 1 document", () => {
  it("makes its one show the default show and gives it every episode", () => {
    const { shows, sourceShows, ...rest } = smallCatalog();
    const show = shows[0]!;
    const v1 = {
      format: "episode-catalog",
      version: 1,
      catalog: {
        ...rest,
        show: { name: show.name, author: show.author, description: show.description, links: show.links },
        episodes: rest.episodes.map(({ show: _show, publishedPrecision: _precision, ...episode }) => episode),
      },
    };
    const catalog = parseCatalogDocument(JSON.stringify(v1), "old.json");
    expect(catalog.shows).toEqual([
      {
        slug: "the-backend-engineering-show",
        name: "The Backend Engineering Show",
        author: "Hussein Nasser",
        description: "Backend engineering, one episode at a time.",
        links: show.links,
        artworkUrl: null,
        feedUrl: null,
        youtubeChannel: null,
        isDefault: true,
      },
    ]);
    expect(catalog.episodes).toEqual(smallCatalog().episodes);
  });
});
