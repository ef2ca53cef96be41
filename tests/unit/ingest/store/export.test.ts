// The export document: version 2 carries the shows and each episode's show, and reads back into the
// same catalog; a version 1 document (one show, episodes naming none) is still read.
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

describe("export --json, version 2", () => {
  it("writes the shows and each episode's show, and reads back the same catalog", async () => {
    const dbPath = path.join(dir, "catalog.db");
    await importCatalog({ catalog: twoShows(), dbPath, inputHash: "hash" });
    const document = exportCatalog(dbPath);
    expect(document.version).toBe(2);
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

  it("refuses an episode of a show the document does not have", () => {
    const catalog = twoShows();
    const text = JSON.stringify({
      format: "episode-catalog",
      version: 2,
      catalog: { ...catalog, shows: catalog.shows.slice(0, 1) },
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
        episodes: rest.episodes.map(({ show: _show, ...episode }) => episode),
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
