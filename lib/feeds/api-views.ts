// The JSON shapes of /api/episodes and /api/episodes/[slug]: query rows in, plain JSON out, with
// absolute URLs and dates as calendar days. Pure; the route handlers only add status and headers.
import type { EpisodeDetail } from "@/lib/db/episodes";
import type { EpisodeSummary } from "@/lib/db/shapes";
import { watchUrl } from "@/lib/site/youtube";
import { chaptersUrl, episodeUrl } from "./urls";

export type ApiEpisodeSummary = {
  slug: string;
  title: string;
  url: string;
  /** Calendar day "YYYY-MM-DD", or null when unknown. */
  publishedAt: string | null;
  durationSeconds: number | null;
  youtubeId: string | null;
  /** The episode's audio file (from an imported feed), or null. */
  audioUrl: string | null;
  chapterCount: number;
  topics: string[];
};

type EpisodeRef = { slug: string; title: string; url: string };

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

function ref(siteUrl: string, episode: { slug: string; title: string }): EpisodeRef {
  return { slug: episode.slug, title: episode.title, url: episodeUrl(siteUrl, episode.slug) };
}

export function toApiEpisodeSummary(
  siteUrl: string,
  row: Pick<
    EpisodeSummary,
    | "slug"
    | "title"
    | "publishedAt"
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
    url: episodeUrl(siteUrl, row.slug),
    publishedAt: day(row.publishedAt),
    durationSeconds: row.durationSeconds,
    youtubeId: row.youtubeId,
    audioUrl: row.audioUrl,
    chapterCount: row.chapterCount,
    topics: row.topics.map((topic) => topic.slug),
  };
}

/** Everything the episode page shows, as data. */
export function toApiEpisodeDetail(siteUrl: string, episode: EpisodeDetail): ApiEpisodeDetail {
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
    if (link.targetEpisode && link.targetEpisode.slug !== episode.slug) {
      mentions.set(link.targetEpisode.slug, ref(siteUrl, link.targetEpisode));
    }
  }
  return {
    slug: episode.slug,
    title: episode.title,
    url: episodeUrl(siteUrl, episode.slug),
    description: episode.description,
    publishedAt: day(episode.publishedAt),
    durationSeconds: episode.durationSeconds,
    durationPrecision: episode.durationPrecision,
    youtubeId: episode.youtubeId,
    youtubeUrl: episode.youtubeId ? watchUrl(episode.youtubeId) : null,
    audio: episode.audioUrl
      ? { url: episode.audioUrl, type: episode.audioType ?? "audio/mpeg", length: episode.audioLength }
      : null,
    guid: episode.guid,
    link: episode.link,
    chaptersUrl: episode.chapters.length > 0 ? chaptersUrl(siteUrl, episode.slug) : null,
    chapters: episode.chapters.map((chapter) => ({
      startSeconds: chapter.startSeconds,
      title: chapter.title,
      subpoints: chapter.subpoints,
      url: episodeUrl(siteUrl, episode.slug, chapter.startSeconds),
    })),
    links,
    topics: episode.topics,
    mentions: [...mentions.values()],
    mentionedBy: episode.mentionedBy.map((other) => ref(siteUrl, other)),
    sources: episode.sources.map((source) => ({ file: source.file, line: source.line })),
  };
}
