// /sitemap.xml: the home page, the topic index and topic pages, and every episode page. Search
// result pages are left out (endless, and disallowed in robots.txt).
import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";
import { listEpisodeSlugs } from "@/lib/db/episodes";
import { listTopicSlugs } from "@/lib/db/topics";
import { episodeUrl, homeUrl, topicsUrl, topicUrl } from "@/lib/feeds/urls";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [episodes, topics] = await Promise.all([listEpisodeSlugs(), listTopicSlugs()]);
  return [
    { url: homeUrl(siteUrl), changeFrequency: "weekly", priority: 1 },
    { url: topicsUrl(siteUrl), changeFrequency: "weekly", priority: 0.6 },
    ...topics.map((topic) => ({
      url: topicUrl(siteUrl, topic.slug),
      changeFrequency: "weekly" as const,
      priority: 0.5,
    })),
    ...episodes.map((episode) => ({
      url: episodeUrl(siteUrl, episode.slug),
      ...(episode.publishedAt ? { lastModified: episode.publishedAt } : {}),
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
  ];
}
