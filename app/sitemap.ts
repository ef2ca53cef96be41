// /sitemap.xml: the home page, the shows and each show's page, the topic index and topic pages, and
// every episode page under its show. Search result pages and the shows' filtered views are left out
// (endless or near-duplicates; search is disallowed in robots.txt).
import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";
import { listEpisodeSlugs } from "@/lib/db/episodes";
import { listShows } from "@/lib/db/show";
import { listTopicSlugs } from "@/lib/db/topics";
import { episodeUrl, homeUrl, showsUrl, showUrl, topicsUrl, topicUrl } from "@/lib/feeds/urls";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [shows, episodes, topics] = await Promise.all([listShows(), listEpisodeSlugs(), listTopicSlugs()]);
  return [
    { url: homeUrl(siteUrl), changeFrequency: "weekly", priority: 1 },
    { url: showsUrl(siteUrl), changeFrequency: "weekly", priority: 0.7 },
    ...shows.map((show) => ({
      url: showUrl(siteUrl, show.slug),
      ...(show.latest?.publishedAt ? { lastModified: show.latest.publishedAt } : {}),
      changeFrequency: "weekly" as const,
      priority: 0.9,
    })),
    { url: topicsUrl(siteUrl), changeFrequency: "weekly", priority: 0.6 },
    ...topics.map((topic) => ({
      url: topicUrl(siteUrl, topic.slug),
      changeFrequency: "weekly" as const,
      priority: 0.5,
    })),
    ...episodes.map((episode) => ({
      url: episodeUrl(siteUrl, episode.show, episode.slug),
      ...(episode.publishedAt ? { lastModified: episode.publishedAt } : {}),
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
  ];
}
