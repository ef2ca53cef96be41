// Feeds in the catalog build: feed items merge into the episodes they describe (by guid or title),
// never duplicate, and our own feed imported into an empty catalog gives back the same episodes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/ingest/build";
import { buildFromInputs, loadCatalogInputs } from "@/lib/ingest/ensure";
import type { Catalog } from "@/lib/catalog/schema";
import { buildChaptersJson } from "@/lib/feeds/chapters-json";
import { buildRss, feedAudio, type FeedItem } from "@/lib/feeds/rss";
import { chaptersUrl, episodeGuid, episodeUrl } from "@/lib/feeds/urls";

const root = path.resolve(import.meta.dirname, "../../..");
const site = "http://localhost:3000";

let seed: Catalog;
let seedInputs: ReturnType<typeof loadCatalogInputs>;
let dir: string;
beforeAll(() => {
  seedInputs = loadCatalogInputs({ sourcesDirs: [path.join(root, "data/sources")] });
  seed = buildFromInputs(seedInputs);
  dir = mkdtempSync(path.join(os.tmpdir(), "feed-import-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const item = (fields: string) => `<item>${fields}</item>`;
const feed = (...items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>The Backend Engineering Show with Hussein Nasser</title>${items.join("")}</channel></rss>`;

const pageTablesItem = item(
  `<title>Page Tables</title><guid>bes-page-tables</guid><link>https://podcasts.example.com/page-tables</link>` +
    `<pubDate>Mon, 15 Dec 2025 00:00:00 GMT</pubDate><itunes:duration>46:39</itunes:duration>` +
    `<enclosure url="https://cdn.example.com/page-tables.mp3" type="audio/mpeg" length="44789012"/>` +
    `<description>Short feed blurb. 0:00 Start 1:00 Only one chapter list here</description>`,
);
const newItem = item(
  `<title>A brand new episode</title><guid>bes-new</guid><pubDate>Tue, 16 Dec 2025 10:00:00 GMT</pubDate>` +
    `<itunes:duration>1:02:03</itunes:duration><enclosure url="https://cdn.example.com/new.mp3" type="audio/mpeg" length="1000"/>` +
    `<description>Something the text dumps never had. 0:00 Intro 5:00 Middle</description>`,
);

function withFeeds(...feeds: { file: string; text: string }[]): Catalog {
  return buildFromInputs({ ...seedInputs, inputs: [...seedInputs.inputs, ...feeds] });
}

describe("merging a feed into the catalog", () => {
  it("joins an item to the episode of the same title: audio, guid and link added, text chapters kept", () => {
    const catalog = withFeeds({ file: "show.xml", text: feed(pageTablesItem) });
    expect(catalog.episodes).toHaveLength(seed.episodes.length);
    const before = seed.episodes.find((episode) => episode.slug === "page-tables")!;
    const after = catalog.episodes.find((episode) => episode.slug === "page-tables")!;
    expect(after).toMatchObject({
      guid: "bes-page-tables",
      link: "https://podcasts.example.com/page-tables",
      audioUrl: "https://cdn.example.com/page-tables.mp3",
      audioType: "audio/mpeg",
      audioLength: 44789012,
      // The curated facts still win for date and duration; the titles stay as they were.
      publishedAt: before.publishedAt,
      durationSeconds: before.durationSeconds,
      displayTitle: before.displayTitle,
      titleSource: before.titleSource,
      description: before.description,
    });
    expect(after.chapters).toEqual(before.chapters);
    expect(after.sources).toEqual([...before.sources, { file: "show.xml", line: 1 }]);
  });

  it("adds an item no source knows as a new episode with its feed date, duration and chapters", () => {
    const catalog = withFeeds({ file: "show.xml", text: feed(pageTablesItem, newItem) });
    expect(catalog.episodes).toHaveLength(seed.episodes.length + 1);
    expect(catalog.episodes.at(-1)).toMatchObject({
      slug: "a-brand-new-episode",
      publishedAt: "2025-12-16",
      durationSeconds: 3723,
      durationPrecision: "second",
      guid: "bes-new",
      audioUrl: "https://cdn.example.com/new.mp3",
      description: "Something the text dumps never had.",
    });
    expect(catalog.episodes.at(-1)!.chapters.map((chapter) => [chapter.start, chapter.title])).toEqual([
      [0, "Intro"],
      [300, "Middle"],
    ]);
  });

  it("does not duplicate anything when the same feed is read twice or an item is renamed", () => {
    const once = withFeeds({ file: "show.xml", text: feed(pageTablesItem, newItem) });
    const renamed = newItem.replace("A brand new episode", "A brand new episode (remastered)");
    const twice = withFeeds(
      { file: "show.xml", text: feed(pageTablesItem, newItem) },
      { file: "show-copy.xml", text: feed(pageTablesItem, renamed) },
    );
    expect(twice.episodes.map((episode) => episode.slug)).toEqual(
      once.episodes.map((episode) => episode.slug),
    );
    const strip = (catalog: Catalog) => catalog.episodes.map(({ sources, ...episode }) => episode);
    expect(strip(twice)).toEqual(strip(once));
  });

  it("lets a text source's chapters replace a feed's, wherever the files sort", () => {
    const catalog = buildCatalog(
      [
        { file: "a-feed.xml", text: feed(newItem) },
        {
          file: "z-text.txt",
          text: "A brand new episode\nThe text dump's version. 0:00 Opening 2:00 Second 9:00 Third",
        },
      ],
      null,
    );
    expect(catalog.episodes).toHaveLength(1);
    expect(catalog.episodes[0]!.chapters.map((chapter) => chapter.title)).toEqual([
      "Opening",
      "Second",
      "Third",
    ]);
    expect(catalog.episodes[0]!.audioUrl).toBe("https://cdn.example.com/new.mp3");
  });
});

describe("round trip: our feed -> import -> the same episodes", () => {
  it("gives back titles, dates, durations, guids, audio and chapters", () => {
    const sourcesDir = path.join(dir, "round-trip");
    mkdirSync(sourcesDir);
    const show = seed.shows[0]!;
    const items: FeedItem[] = seed.episodes.map((episode) => ({
      guid: episodeGuid(episode.slug),
      title: episode.displayTitle,
      link: episodeUrl(site, show.slug, episode.slug),
      description: episode.description,
      publishedAt: episode.publishedAt ? new Date(`${episode.publishedAt}T00:00:00Z`) : null,
      durationSeconds: episode.durationSeconds,
      chaptersUrl: episode.chapters.length > 0 ? chaptersUrl(site, show.slug, episode.slug) : null,
      audio: feedAudio({
        audioUrl: `https://cdn.example.com/${episode.slug}.mp3`,
        audioType: "audio/mpeg",
        audioLength: 1234,
      }),
    }));
    const xml = buildRss(
      {
        title: show.name,
        link: site,
        description: show.description ?? "",
        author: show.author,
        imageUrl: `${site}/podcast-cover.png`,
        feedUrl: `${site}/feed.xml`,
      },
      items,
    );
    writeFileSync(path.join(sourcesDir, "feed.xml"), xml);
    // The chapters files our feed points at, mirrored beside it at their URL paths.
    for (const episode of seed.episodes.filter((candidate) => candidate.chapters.length > 0)) {
      const json = buildChaptersJson({
        siteUrl: site,
        slug: episode.slug,
        title: episode.displayTitle,
        show: { slug: show.slug, name: show.name },
        durationSeconds: episode.durationSeconds,
        chapters: episode.chapters.map((chapter) => ({ startSeconds: chapter.start, title: chapter.title })),
      });
      const target = path.join(sourcesDir, "shows", show.slug, episode.slug, "chapters.json");
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, JSON.stringify(json));
    }

    const loaded = loadCatalogInputs({
      sourcesDirs: [sourcesDir],
      factsPath: path.join(dir, "no-facts.json"),
    });
    const imported = buildCatalog(loaded.inputs, loaded.factsText);
    expect(imported.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
    const shape = (catalog: Catalog, guid: (slug: string) => string | null | undefined) =>
      catalog.episodes.map((episode) => ({
        slug: episode.slug,
        title: episode.displayTitle,
        publishedAt: episode.publishedAt,
        durationSeconds: episode.durationSeconds,
        guid: guid(episode.slug),
        chapters: episode.chapters.map((chapter) => [chapter.start, chapter.title]),
      }));
    const byDate = (
      a: { publishedAt: string | null; slug: string },
      b: { publishedAt: string | null; slug: string },
    ) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? "") || a.slug.localeCompare(b.slug);
    expect(
      shape(imported, (slug) => imported.episodes.find((e) => e.slug === slug)!.guid).sort(byDate),
    ).toEqual(shape(seed, episodeGuid).sort(byDate));
    expect(
      imported.episodes.every(
        (episode) => episode.audioUrl === `https://cdn.example.com/${episode.slug}.mp3`,
      ),
    ).toBe(true);
    expect(imported.shows).toEqual([expect.objectContaining({ name: show.name, author: show.author })]);
  });
});
