// The catalog -> rows mapping, without a database: expected rows read off the small catalog fixture.
import { describe, expect, it } from "vitest";
import type { Catalog } from "@/lib/catalog/schema";
import { catalogRows, prismaTimestamp } from "@/lib/ingest/store/rows";
import { smallCatalog } from "@/tests/fixtures/catalog/small-catalog";

const rowsOf = (catalog: Catalog, table: string) =>
  catalogRows(catalog, "hash").tables.find((entry) => entry.table === table)?.rows;

describe("catalogRows", () => {
  it("lists every table once, each after the tables it refers to, the catalog's info last", () => {
    const order = catalogRows(smallCatalog(), "hash").tables.map((entry) => entry.table);
    expect(new Set(order).size).toBe(15);
    const references: [string, string][] = [
      ["ShowLink", "Show"],
      ["Chapter", "Episode"],
      ["Link", "Episode"],
      ["EpisodeSource", "Episode"],
      ["AppliedFact", "Episode"],
      ["EpisodeTopic", "Topic"],
      ["ChapterTopic", "Chapter"],
      ["ChapterTopic", "Topic"],
      ["EpisodeNeighbours", "Episode"],
      ["RelatedEpisode", "Episode"],
    ];
    for (const [child, parent] of references) {
      expect(order.indexOf(parent), `${parent} before ${child}`).toBeLessThan(order.indexOf(child));
    }
    expect(order.at(-1)).toBe("CatalogInfo");
  });

  it("counts what it writes: 3 episodes, 4 + 3 chapters, 3 links of which 1 to another episode", () => {
    expect(rowsOf(smallCatalog(), "CatalogInfo")).toEqual([
      { id: 1, inputHash: "hash", episodeCount: 3, chapterCount: 7, linkCount: 3 },
    ]);
    // Sources: 2 + 1 + 1; facts: 3 + 1 + 2.
    expect(catalogRows(smallCatalog(), "hash").counts).toMatchObject({ crossLinks: 1, sources: 4, facts: 6 });
  });

  it("numbers episodes and chapters in catalog order and encodes dates and sub-points as the adapter reads them", () => {
    const episodes = rowsOf(smallCatalog(), "Episode")!;
    expect(
      episodes.map((row) => [row.id, row.position, row.slug, row.publishedAt, row.publishedPrecision]),
    ).toEqual([
      [1, 1, "the-genius-of-long-polling", "2024-02-05T00:00:00.000+00:00", "day"],
      [2, 2, "socket-management-and-kernel-data-structures", null, null],
      [3, 3, "my-new-book-root-cause", "2026-04-15T00:00:00.000+00:00", "day"],
    ]);
    expect(episodes[2]).toMatchObject({
      sourceTitle: null,
      title: "My new book - Root cause, Stories from two decades of backend bugs",
      titleSource: "facts",
      chapterCount: 0,
    });
    expect(rowsOf(smallCatalog(), "Chapter")![1]).toEqual({
      id: 2,
      episodeId: 1,
      position: 1,
      startSeconds: 45,
      title: "Polling",
      subpoints: '["Chatty systems","Request/response"]',
    });
    expect(prismaTimestamp(new Date("2026-11-24T11:07:43.202Z"))).toBe("2026-11-24T11:07:43.202+00:00");
  });

  it("points a cross-link at the episode's id and stores applied facts with the value the episode has", () => {
    const links = rowsOf(smallCatalog(), "Link")!;
    expect(links.map((row) => [row.episodeId, row.position, row.kind, row.targetEpisodeId])).toEqual([
      [1, 0, "youtube", null],
      [1, 1, "reference", 2],
      [2, 0, "course", null],
    ]);
    expect(links[0]).toMatchObject({ youtubeId: "J6CBdSCB_fY", startSeconds: 76 });
    const facts = rowsOf(smallCatalog(), "AppliedFact")!;
    expect(facts.filter((row) => row.episodeId !== 1).map((row) => [row.field, row.value])).toEqual([
      ["durationSeconds", "1680"],
      ["officialTitle", "My new book - Root cause, Stories from two decades of backend bugs"],
      ["publishedAt", "2026-04-15"],
    ]);
  });

  it("writes one row per show, its links under it, and each episode's show", () => {
    const catalog = smallCatalog();
    catalog.shows.push({
      slug: "network-stack-radio",
      name: "Network Stack Radio",
      author: "Dana Ortiz",
      description: null,
      links: [{ url: "https://radio.example.org/", kind: "reference", label: null }],
      artworkUrl: "https://radio.example.org/cover.jpg",
      feedUrl: null,
      youtubeChannel: null,
      isDefault: false,
    });
    catalog.episodes[2]!.show = "network-stack-radio";
    expect(rowsOf(catalog, "Show")!.map((row) => [row.id, row.slug, row.isDefault, row.artworkUrl])).toEqual([
      [1, "the-backend-engineering-show", 1, null],
      [2, "network-stack-radio", 0, "https://radio.example.org/cover.jpg"],
    ]);
    expect(rowsOf(catalog, "ShowLink")!.map((row) => [row.showId, row.position, row.url])).toEqual([
      [1, 0, "https://www.buymeacoffee.com/hnasr"],
      [1, 1, "https://husseinnasser.com/courses"],
      [2, 0, "https://radio.example.org/"],
    ]);
    expect(rowsOf(catalog, "Episode")!.map((row) => row.showId)).toEqual([1, 1, 2]);
  });

  it("stores each episode's neighbours in its show's list order (newest first, undated last)", () => {
    // Dated 2024-02-05, undated, 2026-04-15: the list shows 3, 1, 2.
    expect(rowsOf(smallCatalog(), "EpisodeNeighbours")).toEqual([
      { episodeId: 1, newerId: 3, olderId: 2 },
      { episodeId: 2, newerId: 1, olderId: null },
      { episodeId: 3, newerId: null, olderId: 1 },
    ]);
    const twoShows = smallCatalog();
    twoShows.shows.push({ ...twoShows.shows[0]!, slug: "other", name: "Other", isDefault: false });
    // The book moves to another show: the first show's list is 1, 2; the book is alone in its own.
    twoShows.episodes[2]!.show = "other";
    expect(rowsOf(twoShows, "EpisodeNeighbours")).toEqual([
      { episodeId: 1, newerId: null, olderId: 2 },
      { episodeId: 2, newerId: 1, olderId: null },
      { episodeId: 3, newerId: null, olderId: null },
    ]);
  });

  it("stores related episodes by id, equal scores in list order rather than catalog order", () => {
    // The three episodes share no word once the show's name is left out.
    expect(rowsOf(smallCatalog(), "RelatedEpisode")).toEqual([]);
    const alike = smallCatalog();
    alike.episodes = alike.episodes.map((episode) => ({ ...episode, displayTitle: "Kafka", chapters: [] }));
    expect(rowsOf(alike, "RelatedEpisode")).toEqual([
      { episodeId: 1, position: 0, relatedId: 3 },
      { episodeId: 1, position: 1, relatedId: 2 },
      { episodeId: 2, position: 0, relatedId: 3 },
      { episodeId: 2, position: 1, relatedId: 1 },
      { episodeId: 3, position: 0, relatedId: 1 },
      { episodeId: 3, position: 1, relatedId: 2 },
    ]);
  });

  it("refuses a link to a missing episode, a topic outside the taxonomy and a fact without a value", () => {
    const orphanLink = smallCatalog();
    orphanLink.episodes[0]!.links[1]!.targetSlug = "nowhere";
    expect(() => catalogRows(orphanLink, "hash")).toThrow(
      'link https://example.com/sockets of the-genius-of-long-polling: no episode with slug "nowhere"',
    );
    const unknownTopic = smallCatalog();
    unknownTopic.episodes[1]!.chapters[0]!.topics = ["cooking"];
    expect(() => catalogRows(unknownTopic, "hash")).toThrow(
      'chapter "Intro" of socket-management-and-kernel-data-structures: no topic "cooking" in the taxonomy',
    );
    const emptyFact = smallCatalog();
    emptyFact.episodes[1]!.durationSeconds = null;
    expect(() => catalogRows(emptyFact, "hash")).toThrow(
      'episode socket-management-and-kernel-data-structures: fact "durationSeconds" is recorded as applied but the episode has no value for it',
    );
  });
});
