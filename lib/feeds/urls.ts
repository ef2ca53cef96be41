// Absolute URLs of the site's pages and machine-readable outputs, from the public origin passed in.
// Pure (the caller passes `siteUrl` from lib/env), so the builders and their tests share them. The
// pages' paths come from lib/site/routes.ts.
import {
  chaptersPath,
  coverPath,
  episodePath,
  homePath,
  showFeedPath,
  showPath,
  showsPath,
  topicPath,
  topicsPath,
} from "@/lib/site/routes";

/** episodeUrl("https://x.y", "show", "kernel-level-tls", 120) -> "https://x.y/shows/show/kernel-level-tls?t=120" */
export function episodeUrl(siteUrl: string, show: string, slug: string, seconds?: number): string {
  return `${siteUrl}${episodePath(show, slug, seconds)}`;
}

export function showUrl(siteUrl: string, show: string): string {
  return `${siteUrl}${showPath(show)}`;
}

export function showsUrl(siteUrl: string): string {
  return `${siteUrl}${showsPath}`;
}

/** topicUrl("https://x.y", "databases") -> "https://x.y/topics/databases" */
export function topicUrl(siteUrl: string, slug: string): string {
  return `${siteUrl}${topicPath(slug)}`;
}

export function topicsUrl(siteUrl: string): string {
  return `${siteUrl}${topicsPath}`;
}

/** chaptersUrl("https://x.y", "show", "kernel-level-tls") -> "https://x.y/shows/show/kernel-level-tls/chapters.json" */
export function chaptersUrl(siteUrl: string, show: string, slug: string): string {
  return `${siteUrl}${chaptersPath(show, slug)}`;
}

/** A show's RSS feed. */
export function feedUrl(siteUrl: string, show: string): string {
  return `${siteUrl}${showFeedPath(show)}`;
}

/** A show's square artwork for its feed's itunes:image (app/shows/[show]/cover.png). */
export function coverUrl(siteUrl: string, show: string): string {
  return `${siteUrl}${coverPath(show)}`;
}

/** Home page URL with its trailing slash, as feeds and schema.org name the site. */
export function homeUrl(siteUrl: string): string {
  return `${siteUrl}${homePath}`;
}

/**
 * The stable, non-URL guid of an episode in its show's feed: it survives a change of domain or URL
 * scheme, so feed readers never see the episodes of the original show as new after the move to /shows.
 */
export function episodeGuid(slug: string): string {
  return `episode-catalog:${slug}`;
}
