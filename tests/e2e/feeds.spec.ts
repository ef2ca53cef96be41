// The machine-readable outputs against the production server: RSS feed, JSON chapters, JSON API,
// JSON-LD, sitemap, robots.txt and Open Graph images. HTTP only: playwright.config.ts runs this file
// in the desktop project only (the phone project would repeat the same requests).
// The server's catalog is the seed sources (56 episodes, 41 with chapters, 22 with a video) plus
// tests/e2e/fixtures/sources: an audio feed merged into three seed episodes, a hostile text dump (one
// more seed show episode) and another podcast, its own show (tests/e2e/support/catalog.ts). This file
// checks the seed show's feed and the catalog-wide API; tests/e2e/shows.spec.ts the other show's.
// Absolute URLs use SITE_URL, so they are followed by path against the test server.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import type { ApiEpisodeSummary } from "@/lib/feeds/api-views";
import { chaptersPath, showFeedPath, showPath } from "@/lib/site/routes";
import { apiEpisodePath, catalogEpisodeCount, seedEpisodePath, seedShow } from "./support/catalog";
import { sharedCachePolicy } from "./support/http";

type ApiSummary = ApiEpisodeSummary & { show: { slug: string; name: string } };
type ApiList = { total: number; page: number; pageCount: number; episodes: ApiSummary[] };

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => name === "item" || name === "url" || name === "sitemap",
});

const pathOf = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
};

/** Every episode of the catalog, or of one show (each fits in one page of 100). */
async function allEpisodes(request: APIRequestContext, show?: string): Promise<ApiList> {
  const response = await request.get(`/api/episodes?limit=100${show ? `&show=${show}` : ""}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ApiList;
}

const seedFeed = showFeedPath(seedShow.slug);

test("the show's RSS feed lists every episode of the show the API lists, newest first, with podcast fields", async ({
  request,
}) => {
  const response = await request.get(seedFeed);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  const feed = xml.parse(await response.text());
  const rss = feed.rss;
  expect(rss["@version"]).toBe("2.0");
  expect(rss["@xmlns:itunes"]).toBe("http://www.itunes.com/dtds/podcast-1.0.dtd");
  expect(rss["@xmlns:podcast"]).toBe("https://podcastindex.org/namespace/1.0");
  expect(rss["@xmlns:atom"]).toBe("http://www.w3.org/2005/Atom");
  const channel = rss.channel;
  expect(channel.title).toBe("The Backend Engineering Show with Hussein Nasser");
  expect(channel.language).toBe("en");
  expect(channel["itunes:author"]).toBe("Hussein Nasser");
  expect(channel["atom:link"]["@rel"]).toBe("self");
  expect(pathOf(channel["atom:link"]["@href"])).toBe(seedFeed);

  const cover = await request.get(pathOf(channel["itunes:image"]["@href"]));
  expect(cover.status()).toBe(200);
  expect(cover.headers()["content-type"]).toBe("image/png");
  const png = await cover.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1400, 1400]);

  const api = await allEpisodes(request, seedShow.slug);
  expect(api.total).toBe(seedShow.episodeCount);
  for (const episode of api.episodes)
    expect(episode.show).toEqual({ slug: seedShow.slug, name: seedShow.name });
  const items = channel.item as Record<string, unknown>[];
  expect(items).toHaveLength(api.total);
  expect(items.map((item) => pathOf(String(item.link)))).toEqual(
    api.episodes.map((e) => seedEpisodePath(e.slug)),
  );
  expect(items.map((item) => item.title)).toEqual(api.episodes.map((e) => e.title));

  items.forEach((item, index) => {
    const episode = api.episodes[index]!;
    expect(item.guid).toEqual({ "#text": `episode-catalog:${episode.slug}`, "@isPermaLink": "false" });
    if (episode.publishedAt) {
      expect(item.pubDate).toBe(new Date(`${episode.publishedAt}T00:00:00Z`).toUTCString());
      expect(String(item.pubDate)).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 GMT$/);
    } else {
      expect(item).not.toHaveProperty("pubDate");
    }
    if (episode.durationSeconds !== null)
      expect(item["itunes:duration"]).toBe(String(episode.durationSeconds));
    if (episode.chapterCount > 0) {
      expect(item["podcast:chapters"]).toMatchObject({ "@type": "application/json+chapters" });
      expect(pathOf((item["podcast:chapters"] as { "@url": string })["@url"])).toBe(
        chaptersPath(seedShow.slug, episode.slug),
      );
    } else {
      expect(item).not.toHaveProperty("podcast:chapters");
    }
  });
  const chaptered = api.episodes.filter((e) => e.chapterCount > 0).length;
  expect(chaptered).toBe(seedShow.chapteredCount);
  expect(items.filter((item) => item["podcast:chapters"])).toHaveLength(chaptered);
});

// The fixture feed (tests/e2e/fixtures/sources/show-feed.xml) gives three seed episodes without a
// video their audio files; the import merges its items into them instead of adding episodes. (The
// other show's episodes have audio too; they are in their own feed.)
const audioEpisodes = [
  { slug: "page-tables", title: "Page Tables", length: "22392044" },
  { slug: "kernel-level-tls", title: "Kernel level TLS", length: "11000044" },
  { slug: "the-genius-of-long-polling", title: "The genius of long polling", length: "13920044" },
];

test("episodes imported from an audio feed carry their enclosure in our feed and the API", async ({
  request,
}) => {
  const feed = xml.parse(await (await request.get(seedFeed)).text());
  const items = feed.rss.channel.item as Record<string, unknown>[];
  const withAudio = items.filter((item) => item.enclosure);
  expect(withAudio.map((item) => item.title).sort()).toEqual(audioEpisodes.map((e) => e.title).sort());
  const api = await allEpisodes(request, seedShow.slug);
  for (const { slug, title, length } of audioEpisodes) {
    expect(
      items.filter((item) => item.title === title),
      title,
    ).toHaveLength(1);
    const item = withAudio.find((candidate) => candidate.title === title)!;
    expect(item.enclosure).toEqual({
      "@url": `http://127.0.0.1:3101/audio/${slug}.wav`,
      "@type": "audio/wav",
      "@length": length,
    });
    expect(api.episodes.find((e) => e.slug === slug)).toMatchObject({
      youtubeId: null,
      audioUrl: `http://127.0.0.1:3101/audio/${slug}.wav`,
    });
    const detail = await (await request.get(apiEpisodePath(seedShow.slug, slug))).json();
    expect(detail).toMatchObject({
      audio: { url: `http://127.0.0.1:3101/audio/${slug}.wav`, type: "audio/wav", length: Number(length) },
      guid: `audio-feed:${slug}`,
      link: `http://127.0.0.1:3101/episodes/${slug}`,
    });
    // Merged: the text sources still give the chapters, the feed only adds a source.
    expect(detail.chapters.length).toBeGreaterThan(0);
    expect(detail.sources).toContainEqual({ file: "show-feed.xml", line: expect.any(Number) });
  }
  const episodesWithAudio = api.episodes.filter((e) => e.audioUrl);
  expect(episodesWithAudio).toHaveLength(audioEpisodes.length);
});

test("every podcast:chapters URL answers valid 1.2.0 JSON chapters with CORS", async ({ request }) => {
  const feed = xml.parse(await (await request.get(seedFeed)).text());
  const api = await allEpisodes(request, seedShow.slug);
  const chapterCounts = new Map(api.episodes.map((e) => [e.slug, e.chapterCount]));
  const items = (feed.rss.channel.item as Record<string, { "@url": string } | string>[]).filter(
    (item) => item["podcast:chapters"],
  );
  expect(items.length).toBe(api.episodes.filter((e) => e.chapterCount > 0).length);
  for (const item of items) {
    const url = pathOf((item["podcast:chapters"] as { "@url": string })["@url"]);
    // /shows/<show>/<slug>/chapters.json
    const slug = url.split("/")[3]!;
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/json+chapters");
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const json = (await response.json()) as {
      version: unknown;
      title: string;
      chapters: { startTime: unknown; endTime?: unknown; title: string; url: string }[];
    };
    expect(json.version).toBe("1.2.0");
    expect(json.title).toBe(item.title);
    expect(json.chapters).toHaveLength(chapterCounts.get(slug)!);
    let previous = -1;
    for (const chapter of json.chapters) {
      expect(typeof chapter.startTime).toBe("number");
      const start = chapter.startTime as number;
      expect(start).toBeGreaterThanOrEqual(previous);
      previous = start;
      if (chapter.endTime !== undefined) expect(chapter.endTime as number).toBeGreaterThanOrEqual(start);
      expect(pathOf(chapter.url)).toBe(seedEpisodePath(slug, start));
    }
  }
  // An episode without chapters has no chapters file.
  expect((await request.get(chaptersPath(seedShow.slug, "the-internals-of-mongodb"))).status()).toBe(404);
});

test("the episode API validates its parameters and answers unknown slugs with 404 JSON", async ({
  request,
}) => {
  const bad = await request.get("/api/episodes?limit=abc");
  expect(bad.status()).toBe(400);
  expect(bad.headers()["content-type"]).toContain("application/json");
  expect((await bad.json()).error).toEqual({ parameter: "limit", message: "limit must be a whole number" });

  for (const [query, parameter] of [
    ["limit=0", "limit"],
    ["hasVideo=maybe", "hasVideo"],
    ["from=2024-02-30", "from"],
    ["topic=no-such-topic", "topic"],
    ["show=Not%20a%20slug", "show"],
    // A well-formed show that does not exist is a bad parameter too (a show in the path is a 404).
    ["show=no-such-show", "show"],
  ]) {
    const response = await request.get(`/api/episodes?${query}`);
    expect(response.status(), query).toBe(400);
    expect((await response.json()).error.parameter).toBe(parameter);
  }
  expect((await (await request.get("/api/episodes?show=no-such-show")).json()).error.message).toContain(
    "no-such-show",
  );

  for (const path of [
    apiEpisodePath(seedShow.slug, "nope"),
    "/api/shows/nope",
    apiEpisodePath("nope", "page-tables"),
  ]) {
    const missing = await request.get(path);
    expect(missing.status(), path).toBe(404);
    expect(missing.headers()["content-type"], path).toContain("application/json");
    expect((await missing.json()).error.message, path).toContain("nope");
  }
});

test("the episode API filters by topic, video and dates, and pages", async ({ request }) => {
  const topics = (await (await request.get("/api/topics")).json()) as {
    slug: string;
    name: string;
    description: string;
    episodeCount: number;
  }[];
  const postgres = topics.find((topic) => topic.slug === "postgresql");
  expect(postgres).toMatchObject({ name: "PostgreSQL" });

  const response = await request.get("/api/episodes?topic=postgresql&limit=100");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toMatch(sharedCachePolicy);
  const tagged = (await response.json()) as ApiList;
  expect(tagged.total).toBe(postgres!.episodeCount);
  expect(tagged.episodes.length).toBe(tagged.total);
  expect(tagged.episodes.map((e) => e.slug)).toContain("postgres-18-gets-async-io");
  for (const episode of tagged.episodes) expect(episode.topics).toContain("postgresql");

  // Across the catalog: only seed show episodes have a video.
  const all = await allEpisodes(request);
  expect(all.total).toBe(catalogEpisodeCount);
  const video = (await (await request.get("/api/episodes?hasVideo=true&limit=100")).json()) as ApiList;
  expect(video.total).toBe(seedShow.videoCount);
  for (const episode of video.episodes) expect(episode.youtubeId).toMatch(/^[\w-]{11}$/);
  const noVideo = (await (await request.get("/api/episodes?hasVideo=false&limit=1")).json()) as ApiList;
  expect(noVideo.total).toBe(all.total - seedShow.videoCount);

  const dated = (await (
    await request.get("/api/episodes?from=2025-01-01&to=2025-12-31&limit=100")
  ).json()) as ApiList;
  expect(dated.total).toBeGreaterThan(0);
  for (const episode of dated.episodes) expect(episode.publishedAt).toMatch(/^2025-/);

  const page3 = (await (await request.get("/api/episodes?limit=10&page=3")).json()) as ApiList;
  expect(page3).toMatchObject({ total: all.total, page: 3, pageCount: Math.ceil(all.total / 10) });
  expect(page3.episodes.map((e) => e.slug)).toEqual(all.episodes.slice(20, 30).map((e) => e.slug));
});

test("one episode's API answer carries its show, chapters, links, topics and sources", async ({
  request,
}) => {
  const response = await request.get(apiEpisodePath(seedShow.slug, "postgres-18-gets-async-io"));
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toMatch(sharedCachePolicy);
  const episode = await response.json();
  expect(episode).toMatchObject({
    slug: "postgres-18-gets-async-io",
    title: "Postgres 18 gets Async IO",
    publishedAt: "2025-10-03",
    durationSeconds: 2472,
    durationPrecision: "second",
    youtubeId: "yGjGc21mmoU",
    show: { slug: seedShow.slug, name: seedShow.name },
  });
  expect(pathOf(episode.url)).toBe(seedEpisodePath("postgres-18-gets-async-io"));
  expect(episode.chapters).toHaveLength(14);
  for (const chapter of episode.chapters) {
    expect(pathOf(chapter.url)).toBe(seedEpisodePath("postgres-18-gets-async-io", chapter.startSeconds));
    expect(Array.isArray(chapter.subpoints)).toBe(true);
  }
  expect(episode.topics.map((t: { slug: string }) => t.slug)).toContain("postgresql");
  expect(episode.sources.length).toBeGreaterThan(0);
  for (const source of episode.sources)
    expect(source).toEqual({ file: expect.stringMatching(/\.txt$/), line: expect.any(Number) });
});

test("the episode page carries PodcastEpisode JSON-LD with clips, seek action and the video", async ({
  request,
}) => {
  const html = await (await request.get(seedEpisodePath("postgres-18-gets-async-io"))).text();
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  const ld = JSON.parse(scripts[0]![1]!);
  expect(ld["@context"]).toBe("https://schema.org");
  expect(ld["@type"]).toBe("PodcastEpisode");
  expect(ld.name).toBe("Postgres 18 gets Async IO");
  expect(ld.timeRequired).toBe("PT41M12S");
  // Part of its own show.
  expect(ld.partOfSeries["@type"]).toBe("PodcastSeries");
  expect(ld.partOfSeries.name).toBe(seedShow.name);
  expect(pathOf(ld.partOfSeries.webFeed)).toBe(seedFeed);

  const clips = ld.hasPart as { "@type": string; startOffset: number; endOffset?: number; url: string }[];
  expect(clips).toHaveLength(14);
  let previous = -1;
  for (const clip of clips) {
    expect(clip["@type"]).toBe("Clip");
    expect(clip.startOffset).toBeGreaterThan(previous);
    previous = clip.startOffset;
    expect(pathOf(clip.url)).toBe(seedEpisodePath("postgres-18-gets-async-io", clip.startOffset));
  }
  expect(ld.potentialAction["@type"]).toBe("SeekToAction");
  expect(ld.potentialAction.target).toMatch(
    /\/shows\/the-backend-engineering-show\/postgres-18-gets-async-io\?t=\{seek_to_second_number\}$/,
  );
  expect(ld.potentialAction["startOffset-input"]).toBe("required name=seek_to_second_number");
  expect(ld.associatedMedia).toMatchObject({
    "@type": "VideoObject",
    embedUrl: "https://www.youtube-nocookie.com/embed/yGjGc21mmoU",
    thumbnailUrl: "https://i.ytimg.com/vi/yGjGc21mmoU/hqdefault.jpg",
    uploadDate: "2025-10-03",
  });
});

test("the sitemap index names its shards, which list every show and every episode, and robots.txt points at it", async ({
  request,
}) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/xml/);
  const index = xml.parse(await response.text());
  expect(index.sitemapindex["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  const shards = (index.sitemapindex.sitemap as { loc: string }[]).map((entry) => pathOf(entry.loc));
  // The site's pages, then the episodes: the whole catalog fits in one shard of 10,000.
  expect(shards).toEqual(["/sitemaps/0.xml", "/sitemaps/1.xml"]);

  const listed: string[][] = [];
  for (const shard of shards) {
    const answer = await request.get(shard);
    expect(answer.status(), shard).toBe(200);
    expect(answer.headers()["content-type"], shard).toMatch(/xml/);
    const urlset = xml.parse(await answer.text()).urlset;
    expect(urlset["@xmlns"], shard).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    listed.push((urlset.url as { loc: string }[]).map((entry) => pathOf(entry.loc)));
  }
  const [pages = [], episodes = []] = listed;
  const api = await allEpisodes(request);
  expect(api.total).toBe(catalogEpisodeCount);
  expect(episodes).toHaveLength(catalogEpisodeCount);
  expect(new Set(episodes).size).toBe(catalogEpisodeCount);
  for (const episode of api.episodes) expect(episodes).toContain(pathOf(episode.url));
  for (const show of new Set(api.episodes.map((episode) => episode.show.slug)))
    expect(pages).toContain(showPath(show));
  expect(pages).toContain("/");
  expect(pages).toContain("/shows");
  expect(pages).toContain("/topics");
  expect(pages).toContain("/topics/postgresql");
  const all = [...pages, ...episodes];
  expect(all.filter((path) => path.startsWith("/episodes"))).toEqual([]);
  expect(all.filter((path) => path.startsWith("/search"))).toEqual([]);
  // Only the first page of a list: its later pages are reached through its page links.
  expect(all.filter((path) => path.includes("?"))).toEqual([]);

  for (const missing of ["/sitemaps/2.xml", "/sitemaps/01.xml", "/sitemaps/x.xml", "/sitemaps/1"]) {
    expect((await request.get(missing)).status(), missing).toBe(404);
  }

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  expect(robots).toMatch(/^Disallow: \/api\/$/m);
});

test("an episode's Open Graph image is a PNG drawn at 1200×630", async ({ request }) => {
  const html = await (await request.get(seedEpisodePath("postgres-18-gets-async-io"))).text();
  const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  expect(image).toBeDefined();
  expect(image).toContain(`${seedEpisodePath("postgres-18-gets-async-io")}/opengraph-image`);
  const response = await request.get(pathOf(image!.replace(/&amp;/g, "&")));
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

  const home = await request.get("/opengraph-image");
  expect(home.status()).toBe(200);
  expect(home.headers()["content-type"]).toBe("image/png");
});
