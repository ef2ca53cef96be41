// The JSON shapes of /api/shows, /api/shows/<show>, /api/episodes and
// /api/shows/<show>/episodes/<episode>: query rows in, plain JSON out, with absolute URLs and dates as
// calendar days. Pure; the route handlers only add status and headers.
import type { DatePrecision } from "@/lib/catalog/schema";
import type { EpisodeDetail } from "@/lib/db/episodes";
import type { EpisodeSummary, ShowRef } from "@/lib/db/shapes";
import type { ShowListItem } from "@/lib/db/show";
import { watchUrl } from "@/lib/site/youtube";
import { apiShowEpisodesPath } from "./api-paths";
import { chaptersUrl, episodeUrl, feedUrl, showUrl } from "./urls";

export type ApiShow = {
  slug: string;
  name: string;
  host: string | null;
  description: string | null;
  /** The show's page on this site. */
  url: string;
  /** The show's RSS feed on this site. */
  feedUrl: string;
  artworkUrl: string | null;
  youtubeChannel: string | null;
  /** The show the catalog started with (what / lists when it has one show). */
  isDefault: boolean;
  links: { url: string; kind: string; label: string | null }[];
  episodeCount: number;
  /** The show's episodes in this API: /api/episodes?show=<slug>. */
  episodesUrl: string;
  /** The newest episode, or null for a show without episodes. */
  latest: {
    slug: string;
    title: string;
    url: string;
    publishedAt: string | null;
    publishedPrecision: DatePrecision | null;
  } | null;
};

export type ApiEpisodeSummary = {
  slug: string;
  title: string;
  /** The show the episode belongs to: its slug and name. */
  show: ShowRef;
  url: string;
  /** Calendar day "YYYY-MM-DD", or null when unknown; the first day of its month or year when known no better. */
  publishedAt: string | null;
  /** "day", "month" ("May 2025" is publishedAt "2025-05-01") or "year"; null exactly when publishedAt is. */
  publishedPrecision: DatePrecision | null;
  durationSeconds: number | null;
  youtubeId: string | null;
  /** The episode's audio file (from an imported feed), or null. */
  audioUrl: string | null;
  chapterCount: number;
  topics: string[];
};

type EpisodeRef = { slug: string; title: string; show: ShowRef; url: string };

export type ApiLink = {
  url: string;
  label: string | null;
  youtubeId: string | null;
  startSeconds: number | null;
  /** Set when the link points at another episode of the catalog. */
  episode: EpisodeRef | null;
};

export type ApiEpisodeDetail = Omit<ApiEpisodeSummary, "topics" | "chapterCount" | "audioUrl"> & {
  description: string;
  durationPrecision: string | null;
  youtubeUrl: string | null;
  /** The audio file: URL, MIME type and size in bytes (null when unknown), or null. */
  audio: { url: string; type: string; length: number | null } | null;
  /** The guid and web page of the feed item the episode was imported from. */
  guid: string | null;
  link: string | null;
  /** Podcasting 2.0 JSON chapters, or null when the episode has none. */
  chaptersUrl: string | null;
  chapters: { startSeconds: number; title: string; subpoints: string[]; url: string }[];
  /** Links by kind ("youtube", "reference", "course", "support", "social"), in source order. */
  links: Record<string, ApiLink[]>;
  topics: { slug: string; name: string }[];
  /** Episodes this one links to. */
  mentions: EpisodeRef[];
  /** Episodes whose links point at this one. */
  mentionedBy: EpisodeRef[];
  /** Where the episode was read from: source file and line. */
  sources: { file: string; line: number }[];
};

function day(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** An episode another one links to or is linked from. */
function ref(siteUrl: string, episode: { show: ShowRef; slug: string; title: string }): EpisodeRef {
  return {
    slug: episode.slug,
    title: episode.title,
    show: { slug: episode.show.slug, name: episode.show.name },
    url: episodeUrl(siteUrl, episode.show.slug, episode.slug),
  };
}

/** Slugs are unique only within a show: an episode is its show and its slug. */
const keyOf = (episode: { show: ShowRef; slug: string }) => `${episode.show.slug}/${episode.slug}`;

/** A show with its counts, as /api/shows lists it and /api/shows/<show> answers it. */
export function toApiShow(siteUrl: string, show: ShowListItem): ApiShow {
  return {
    slug: show.slug,
    name: show.name,
    host: show.author,
    description: show.description,
    url: showUrl(siteUrl, show.slug),
    feedUrl: feedUrl(siteUrl, show.slug),
    artworkUrl: show.artworkUrl,
    youtubeChannel: show.youtubeChannel,
    isDefault: show.isDefault,
    links: show.links.map((link) => ({ url: link.url, kind: link.kind, label: link.label })),
    episodeCount: show.episodeCount,
    episodesUrl: `${siteUrl}${apiShowEpisodesPath(show.slug)}`,
    latest: show.latest && {
      slug: show.latest.slug,
      title: show.latest.title,
      url: episodeUrl(siteUrl, show.slug, show.latest.slug),
      publishedAt: day(show.latest.publishedAt),
      publishedPrecision: show.latest.publishedPrecision,
    },
  };
}

export function toApiEpisodeSummary(
  siteUrl: string,
  row: Pick<
    EpisodeSummary,
    | "show"
    | "slug"
    | "title"
    | "publishedAt"
    | "publishedPrecision"
    | "durationSeconds"
    | "youtubeId"
    | "audioUrl"
    | "chapterCount"
    | "topics"
  >,
): ApiEpisodeSummary {
  return {
    slug: row.slug,
    title: row.title,
    show: { slug: row.show.slug, name: row.show.name },
    url: episodeUrl(siteUrl, row.show.slug, row.slug),
    publishedAt: day(row.publishedAt),
    publishedPrecision: row.publishedPrecision,
    durationSeconds: row.durationSeconds,
    youtubeId: row.youtubeId,
    audioUrl: row.audioUrl,
    chapterCount: row.chapterCount,
    topics: row.topics.map((topic) => topic.slug),
  };
}

/** Everything the episode page shows, as data. */
export function toApiEpisodeDetail(siteUrl: string, episode: EpisodeDetail): ApiEpisodeDetail {
  const show = episode.show.slug;
  const links: Record<string, ApiLink[]> = {};
  for (const link of episode.links) {
    (links[link.kind] ??= []).push({
      url: link.url,
      label: link.label,
      youtubeId: link.youtubeId,
      startSeconds: link.startSeconds,
      episode: link.targetEpisode ? ref(siteUrl, link.targetEpisode) : null,
    });
  }
  const mentions = new Map<string, EpisodeRef>();
  for (const link of episode.links) {
    if (link.targetEpisode && keyOf(link.targetEpisode) !== keyOf(episode)) {
      mentions.set(keyOf(link.targetEpisode), ref(siteUrl, link.targetEpisode));
    }
  }
  return {
    slug: episode.slug,
    title: episode.title,
    show: { slug: episode.show.slug, name: episode.show.name },
    url: episodeUrl(siteUrl, show, episode.slug),
    description: episode.description,
    publishedAt: day(episode.publishedAt),
    publishedPrecision: episode.publishedPrecision,
    durationSeconds: episode.durationSeconds,
    durationPrecision: episode.durationPrecision,
    youtubeId: episode.youtubeId,
    youtubeUrl: episode.youtubeId ? watchUrl(episode.youtubeId) : null,
    audio: episode.audioUrl
      ? { url: episode.audioUrl, type: episode.audioType ?? "audio/mpeg", length: episode.audioLength }
      : null,
    guid: episode.guid,
    link: episode.link,
    chaptersUrl: episode.chapters.length > 0 ? chaptersUrl(siteUrl, show, episode.slug) : null,
    chapters: episode.chapters.map((chapter) => ({
      startSeconds: chapter.startSeconds,
      title: chapter.title,
      subpoints: chapter.subpoints,
      url: episodeUrl(siteUrl, show, episode.slug, chapter.startSeconds),
    })),
    links,
    topics: episode.topics,
    mentions: [...mentions.values()],
    mentionedBy: episode.mentionedBy.map((other) => ref(siteUrl, other)),
    sources: episode.sources.map((source) => ({ file: source.file, line: source.line })),
  };
}
