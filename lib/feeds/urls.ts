// Absolute URLs of the site's pages and machine-readable outputs, from the public origin passed in.
// Pure (the caller passes `siteUrl` from lib/env), so the builders and their tests share them. The
// pages' paths come from lib/site/routes.ts.
import { episodePath, homePath, topicPath, topicsPath } from "@/lib/site/routes";

/** episodeUrl("https://x.y", "kernel-level-tls", 120) -> "https://x.y/episodes/kernel-level-tls?t=120" */
export function episodeUrl(siteUrl: string, slug: string, seconds?: number): string {
  return `${siteUrl}${episodePath(slug, seconds)}`;
}

/** topicUrl("https://x.y", "databases") -> "https://x.y/topics/databases" */
export function topicUrl(siteUrl: string, slug: string): string {
  return `${siteUrl}${topicPath(slug)}`;
}

export function topicsUrl(siteUrl: string): string {
  return `${siteUrl}${topicsPath}`;
}

/** chaptersUrl("https://x.y", "kernel-level-tls") -> "https://x.y/episodes/kernel-level-tls/chapters.json" */
export function chaptersUrl(siteUrl: string, slug: string): string {
  return `${episodeUrl(siteUrl, slug)}/chapters.json`;
}

export function feedUrl(siteUrl: string): string {
  return `${siteUrl}/feed.xml`;
}

/** The square show artwork the feed names in itunes:image (app/podcast-cover.png). */
export function coverUrl(siteUrl: string): string {
  return `${siteUrl}/podcast-cover.png`;
}

/** Home page URL with its trailing slash, as feeds and schema.org name the site. */
export function homeUrl(siteUrl: string): string {
  return `${siteUrl}${homePath}`;
}

/** The stable, non-URL guid of an episode in the feed: it survives a change of domain. */
export function episodeGuid(slug: string): string {
  return `episode-catalog:${slug}`;
}
