// The sitemap, split to scale with the catalog: /sitemap.xml is a sitemap index naming the shards
// /sitemaps/<n>.xml. Shard 0 holds the site's pages (home, shows, topics: a bounded set); shards 1, 2, …
// hold the episode pages, a fixed number each, in catalog order (Episode.position, unique and indexed),
// so a shard is one slice that no date or show count shifts. Pure: the routes under app/ read the
// catalog and hand plain values to these.
import { create } from "xmlbuilder2";
import { isoDate } from "@/lib/site/format";
import { xmlSafe } from "./rss";
import { episodeUrl, homeUrl, showsUrl, showUrl, topicsUrl, topicUrl } from "./urls";

export const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** The protocol's limit per file (and 50 MB); a shard of episodes stays well under it. */
export const SITEMAP_MAX_URLS = 50_000;

/** Episode pages per shard: a shard is about 2 MB, quick to render on its first request. */
export const EPISODES_PER_SHARD = 10_000;

/** The Content-Type of the index and the shards. */
export const SITEMAP_CONTENT_TYPE = "application/xml; charset=utf-8";

/** Where robots.txt points crawlers: the index. */
export const sitemapIndexPath = "/sitemap.xml";

/** The folder of the shards: app/sitemaps/[shard]. */
export const sitemapShardsPath = "/sitemaps";

/** sitemapShardPath(2) -> "/sitemaps/2.xml" */
export function sitemapShardPath(shard: number): `${typeof sitemapShardsPath}/${number}.xml` {
  return `${sitemapShardsPath}/${shard}.xml`;
}

/**
 * The [shard] segment of a shard's URL: parseShardFile("2.xml") -> 2. Anything else ("02.xml", "2",
 * "-1.xml", "2.xml.gz") is null, so every shard has one URL.
 */
export function parseShardFile(file: string): number | null {
  const match = /^(0|[1-9]\d{0,8})\.xml$/.exec(file);
  return match ? Number(match[1]) : null;
}

/** What one shard lists: the site's pages, or a slice of the episodes in catalog order. */
export type SitemapShard = { kind: "pages" } | { kind: "episodes"; skip: number; take: number };

/** sitemapShardCount(25_000, 10_000) -> 4: the pages shard and three of episodes (the last one half full). */
export function sitemapShardCount(episodeCount: number, perShard = EPISODES_PER_SHARD): number {
  return 1 + Math.ceil(Math.max(0, episodeCount) / perShard);
}

/**
 * sitemapShard(3, 25_000, 10_000) -> { kind: "episodes", skip: 20_000, take: 5_000 };
 * sitemapShard(0, …) -> { kind: "pages" }; null past the last shard (a 404).
 */
export function sitemapShard(
  shard: number,
  episodeCount: number,
  perShard = EPISODES_PER_SHARD,
): SitemapShard | null {
  if (!Number.isInteger(shard) || shard < 0 || shard >= sitemapShardCount(episodeCount, perShard))
    return null;
  if (shard === 0) return { kind: "pages" };
  const skip = (shard - 1) * perShard;
  return { kind: "episodes", skip, take: Math.min(perShard, episodeCount - skip) };
}

export type ChangeFrequency = "always" | "hourly" | "daily" | "weekly" | "monthly" | "yearly" | "never";

export type SitemapEntry = {
  /** Absolute. */
  url: string;
  lastModified?: Date | null;
  changeFrequency?: ChangeFrequency;
  /** 0 to 1. */
  priority?: number;
};

/** buildSitemapIndex(["https://x.y/sitemaps/0.xml"]) -> <sitemapindex> with one <sitemap><loc> each. */
export function buildSitemapIndex(shardUrls: string[]): string {
  const index = create({ version: "1.0", encoding: "UTF-8" }).ele(SITEMAP_NS, "sitemapindex");
  for (const url of shardUrls) index.ele("sitemap").ele("loc").txt(xmlSafe(url));
  return index.end({ prettyPrint: true });
}

/** The index of a catalog with this many episodes: every shard's absolute URL, 0 first. */
export function sitemapIndexXml(
  siteUrl: string,
  episodeCount: number,
  perShard = EPISODES_PER_SHARD,
): string {
  const count = sitemapShardCount(episodeCount, perShard);
  return buildSitemapIndex(
    Array.from({ length: count }, (_, shard) => `${siteUrl}${sitemapShardPath(shard)}`),
  );
}

/** buildUrlset(entries) -> <urlset> with a <url> per entry, in the order given. */
export function buildUrlset(entries: SitemapEntry[]): string {
  if (entries.length > SITEMAP_MAX_URLS) {
    throw new Error(`a sitemap holds at most ${SITEMAP_MAX_URLS} URLs, got ${entries.length}`);
  }
  const urlset = create({ version: "1.0", encoding: "UTF-8" }).ele(SITEMAP_NS, "urlset");
  for (const entry of entries) {
    const url = urlset.ele("url");
    url.ele("loc").txt(xmlSafe(entry.url));
    // Dates in the catalog are calendar days: a W3C date is exact.
    if (entry.lastModified) url.ele("lastmod").txt(isoDate(entry.lastModified));
    if (entry.changeFrequency) url.ele("changefreq").txt(entry.changeFrequency);
    if (entry.priority !== undefined) url.ele("priority").txt(entry.priority.toFixed(1));
  }
  return urlset.end({ prettyPrint: true });
}

/**
 * Shard 0: the home page, /shows and each show's page (dated by its newest episode), /topics and each
 * topic's first page. Search results and the lists' filtered and later pages are left out (endless or
 * near-duplicates; search is disallowed in robots.txt).
 */
export function pageEntries(
  siteUrl: string,
  { shows, topics }: { shows: { slug: string; latest: Date | null }[]; topics: { slug: string }[] },
): SitemapEntry[] {
  return [
    { url: homeUrl(siteUrl), changeFrequency: "weekly", priority: 1 },
    { url: showsUrl(siteUrl), changeFrequency: "weekly", priority: 0.7 },
    ...shows.map((show): SitemapEntry => ({
      url: showUrl(siteUrl, show.slug),
      lastModified: show.latest,
      changeFrequency: "weekly",
      priority: 0.9,
    })),
    { url: topicsUrl(siteUrl), changeFrequency: "weekly", priority: 0.6 },
    ...topics.map((topic): SitemapEntry => ({
      url: topicUrl(siteUrl, topic.slug),
      changeFrequency: "weekly",
      priority: 0.5,
    })),
  ];
}

/** An episode shard: each episode page under its show, dated by its publication day when known. */
export function episodeEntries(
  siteUrl: string,
  episodes: { show: string; slug: string; publishedAt: Date | null }[],
): SitemapEntry[] {
  return episodes.map((episode) => ({
    url: episodeUrl(siteUrl, episode.show, episode.slug),
    lastModified: episode.publishedAt,
    changeFrequency: "monthly",
    priority: 0.8,
  }));
}
