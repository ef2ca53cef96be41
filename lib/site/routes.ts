// The paths of the site's pages, spelled once. Links, canonical URLs, share links and (through
// lib/feeds/urls.ts) the sitemap, feeds and JSON-LD build them here. Pure and client-safe.

export const homePath = "/";
export const showsPath = "/shows";
export const topicsPath = "/topics";
export const searchPath = "/search";
/**
 * Where episode pages lived while the catalog had one show: /episodes/<slug> (and its chapters.json)
 * now answer with a permanent redirect to the episode's page under its show; /episodes?… filtered
 * views redirect to the default show's page with the same filters.
 */
export const legacyEpisodesPath = "/episodes";

export type ShowPath = `${typeof showsPath}/${string}`;
export type EpisodePath = `${ShowPath}/${string}`;
export type TopicPath = `${typeof topicsPath}/${string}`;

/** showPath("network-stack-radio") -> "/shows/network-stack-radio" (its episode list and filters) */
export function showPath(show: string): ShowPath {
  return `${showsPath}/${encodeURIComponent(show)}`;
}

/**
 * An episode page, opened at `seconds` (whole, from 0) when given: the `?t=` its player reads.
 * episodePath("the-backend-engineering-show", "kernel-level-tls") -> "/shows/the-backend-engineering-show/kernel-level-tls"
 * episodePath("the-backend-engineering-show", "kernel-level-tls", 754) -> "…/kernel-level-tls?t=754"
 */
export function episodePath(show: string, slug: string, seconds?: number): EpisodePath {
  const path = `${showPath(show)}/${encodeURIComponent(slug)}` as const;
  return seconds === undefined ? path : `${path}?t=${Math.max(0, Math.floor(seconds))}`;
}

/** An episode's Podcasting 2.0 chapters file. */
export function chaptersPath(show: string, slug: string): `${EpisodePath}/chapters.json` {
  return `${episodePath(show, slug)}/chapters.json`;
}

/** A show's podcast feed. */
export function showFeedPath(show: string): `${ShowPath}/feed.xml` {
  return `${showPath(show)}/feed.xml`;
}

/** A show's square artwork, drawn from its name (app/shows/[show]/cover.png): its feed's fallback image. */
export function coverPath(show: string): `${ShowPath}/cover.png` {
  return `${showPath(show)}/cover.png`;
}

/** topicPath("databases") -> "/topics/databases" */
export function topicPath(slug: string): TopicPath {
  return `${topicsPath}/${encodeURIComponent(slug)}`;
}
