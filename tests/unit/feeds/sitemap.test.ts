import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  buildSitemapIndex,
  buildUrlset,
  EPISODES_PER_SHARD,
  episodeEntries,
  pageEntries,
  parseShardFile,
  SITEMAP_MAX_URLS,
  SITEMAP_NS,
  sitemapIndexXml,
  sitemapShard,
  sitemapShardCount,
  sitemapShardPath,
  type SitemapEntry,
} from "@/lib/feeds/sitemap";

const site = "https://episodes.example.com";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => name === "url" || name === "sitemap",
});

type Urlset = { urlset: { "@xmlns": string; url: Record<string, string>[] } };
type Index = { sitemapindex: { "@xmlns": string; sitemap: { loc: string }[] } };

describe("shards", () => {
  it("is one shard of pages, then one per slice of episodes, the last one partly full", () => {
    expect(sitemapShardCount(0, 2)).toBe(1);
    expect(sitemapShardCount(1, 2)).toBe(2);
    expect(sitemapShardCount(4, 2)).toBe(3);
    expect(sitemapShardCount(5, 2)).toBe(4);
    // 100,000 episodes in shards of 10,000: ten of them, and the pages.
    expect(sitemapShardCount(100_000)).toBe(11);
    expect(EPISODES_PER_SHARD).toBeLessThanOrEqual(SITEMAP_MAX_URLS);
  });

  it("gives each shard its slice, and nothing past the last shard", () => {
    // Five episodes, two per shard: [0, 1] [2, 3] [4].
    expect(sitemapShard(0, 5, 2)).toEqual({ kind: "pages" });
    expect(sitemapShard(1, 5, 2)).toEqual({ kind: "episodes", skip: 0, take: 2 });
    expect(sitemapShard(2, 5, 2)).toEqual({ kind: "episodes", skip: 2, take: 2 });
    expect(sitemapShard(3, 5, 2)).toEqual({ kind: "episodes", skip: 4, take: 1 });
    expect(sitemapShard(4, 5, 2)).toBeNull();
    expect(sitemapShard(-1, 5, 2)).toBeNull();
    expect(sitemapShard(1.5, 5, 2)).toBeNull();
    // Without episodes the pages shard is the only one.
    expect(sitemapShard(0, 0, 2)).toEqual({ kind: "pages" });
    expect(sitemapShard(1, 0, 2)).toBeNull();
  });

  it("covers every episode exactly once, in order, whatever the shard size", () => {
    const episodes = ["a", "b", "c", "d", "e", "f", "g"];
    for (const perShard of [1, 2, 3, 7, 10]) {
      const listed: string[] = [];
      for (let shard = 1; shard < sitemapShardCount(episodes.length, perShard); shard += 1) {
        const slice = sitemapShard(shard, episodes.length, perShard);
        if (slice?.kind !== "episodes") throw new Error(`shard ${shard} should list episodes`);
        listed.push(...episodes.slice(slice.skip, slice.skip + slice.take));
      }
      expect(listed, `${perShard} per shard`).toEqual(episodes);
    }
  });

  it("has one URL per shard", () => {
    expect(sitemapShardPath(0)).toBe("/sitemaps/0.xml");
    expect(sitemapShardPath(12)).toBe("/sitemaps/12.xml");
    expect(parseShardFile("0.xml")).toBe(0);
    expect(parseShardFile("12.xml")).toBe(12);
    for (const junk of ["02.xml", "2", "-1.xml", "1.xml.gz", "abc.xml", "1e3.xml", ".xml", "", "1.XML"]) {
      expect(parseShardFile(junk), junk).toBeNull();
    }
  });
});

describe("the sitemap index", () => {
  it("names every shard of the catalog by absolute URL, 0 first", () => {
    const xml = sitemapIndexXml(site, 5, 2);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const { sitemapindex } = parser.parse(xml) as Index;
    expect(sitemapindex["@xmlns"]).toBe(SITEMAP_NS);
    expect(sitemapindex.sitemap.map((entry) => entry.loc)).toEqual([
      `${site}/sitemaps/0.xml`,
      `${site}/sitemaps/1.xml`,
      `${site}/sitemaps/2.xml`,
      `${site}/sitemaps/3.xml`,
    ]);
  });

  it("escapes what XML cannot carry as is", () => {
    const xml = buildSitemapIndex(["https://x.y/a?b=1&c=2"]);
    expect(xml).toContain("<loc>https://x.y/a?b=1&amp;c=2</loc>");
    expect(XMLValidator.validate(xml)).toBe(true);
  });
});

describe("a shard", () => {
  it("writes one <url> per entry in the order given, with the optional fields it has", () => {
    const xml = buildUrlset([
      { url: `${site}/`, changeFrequency: "weekly", priority: 1 },
      { url: `${site}/shows/a?x=1&y=2`, lastModified: new Date("2026-04-15T00:00:00Z"), priority: 0.8 },
      { url: `${site}/shows/b`, lastModified: null },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { urlset } = parser.parse(xml) as Urlset;
    expect(urlset["@xmlns"]).toBe(SITEMAP_NS);
    expect(urlset.url).toEqual([
      { loc: `${site}/`, changefreq: "weekly", priority: "1.0" },
      { loc: `${site}/shows/a?x=1&y=2`, lastmod: "2026-04-15", priority: "0.8" },
      { loc: `${site}/shows/b` },
    ]);
  });

  it("is an empty <urlset> for no entries, and refuses more URLs than the protocol allows", () => {
    const { urlset } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(
      buildUrlset([]),
    ) as { urlset: Record<string, unknown> };
    expect(urlset).toEqual({ "@xmlns": SITEMAP_NS });
    const entry: SitemapEntry = { url: `${site}/` };
    expect(() => buildUrlset(Array<SitemapEntry>(SITEMAP_MAX_URLS + 1).fill(entry))).toThrow(/at most 50000/);
  });

  it("lists the site's pages in shard 0: home, shows, topics", () => {
    const entries = pageEntries(site, {
      shows: [
        { slug: "the-backend-engineering-show", latest: new Date("2026-04-15T00:00:00Z") },
        { slug: "kernel-notes", latest: null },
      ],
      topics: [{ slug: "postgresql" }, { slug: "networking" }],
    });
    expect(entries.map((entry) => entry.url)).toEqual([
      `${site}/`,
      `${site}/shows`,
      `${site}/shows/the-backend-engineering-show`,
      `${site}/shows/kernel-notes`,
      `${site}/topics`,
      `${site}/topics/postgresql`,
      `${site}/topics/networking`,
    ]);
    expect(entries[2]?.lastModified).toEqual(new Date("2026-04-15T00:00:00Z"));
    expect(entries[3]?.lastModified).toBeNull();
  });

  it("lists episode pages under their shows, dated by publication day", () => {
    const xml = buildUrlset(
      episodeEntries(site, [
        { show: "kernel-notes", slug: "page-tables", publishedAt: new Date("2026-03-10T00:00:00Z") },
        { show: "the-backend-engineering-show", slug: "page-tables", publishedAt: null },
      ]),
    );
    const { urlset } = parser.parse(xml) as Urlset;
    expect(urlset.url).toEqual([
      {
        loc: `${site}/shows/kernel-notes/page-tables`,
        lastmod: "2026-03-10",
        changefreq: "monthly",
        priority: "0.8",
      },
      {
        loc: `${site}/shows/the-backend-engineering-show/page-tables`,
        changefreq: "monthly",
        priority: "0.8",
      },
    ]);
  });
});
