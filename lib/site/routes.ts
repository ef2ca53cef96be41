// The paths of the site's pages, spelled once. Links, canonical URLs, share links and (through
// lib/feeds/urls.ts) the sitemap, feed and JSON-LD build them here. Pure and client-safe.

export const homePath = "/";
/** The episode list's filtered and later pages; its unfiltered first page is the home page. */
export const episodesPath = "/episodes";
export const topicsPath = "/topics";
export const searchPath = "/search";

export type EpisodePath = `${typeof episodesPath}/${string}`;
export type TopicPath = `${typeof topicsPath}/${string}`;

/**
 * An episode page, opened at `seconds` (whole, from 0) when given: the `?t=` its player reads.
 * episodePath("kernel-level-tls") -> "/episodes/kernel-level-tls"
 * episodePath("kernel-level-tls", 754) -> "/episodes/kernel-level-tls?t=754"
 */
export function episodePath(slug: string, seconds?: number): EpisodePath {
  const path = `${episodesPath}/${encodeURIComponent(slug)}` as const;
  return seconds === undefined ? path : `${path}?t=${Math.max(0, Math.floor(seconds))}`;
}

/** topicPath("databases") -> "/topics/databases" */
export function topicPath(slug: string): TopicPath {
  return `${topicsPath}/${encodeURIComponent(slug)}`;
}
