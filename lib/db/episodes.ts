// Episodes: the list (filtered, paged), one episode with everything its page shows, its neighbours
// and related episodes, and the rows the feed and the sitemap need.
import "server-only";
import { cache } from "react";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { rankRelated } from "./related";
import {
  episodeOrder,
  episodeSummarySelect,
  episodeWhere,
  toEpisodeSummary,
  toTopicLinks,
  type EpisodeFilter,
  type EpisodeSummary,
  type TopicLink,
} from "./shapes";

export type EpisodePage = {
  episodes: EpisodeSummary[];
  /** Episodes matching the filter. */
  total: number;
  /** 1-based. */
  page: number;
  pageCount: number;
};

/**
 * listEpisodes({ hasVideo: true }, { page: 2, pageSize: 24 }) -> the second page of 24 episodes that
 * have a video, newest first. With `clamp` a page past the last one is the last one (pages); without,
 * it is empty (the API, so clients can tell they went too far).
 */
export async function listEpisodes(
  filter: EpisodeFilter,
  { page, pageSize, clamp = true }: { page: number; pageSize: number; clamp?: boolean },
): Promise<EpisodePage> {
  const where = episodeWhere(filter);
  const total = await db.episode.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const wanted = Math.max(1, Math.floor(page));
  const current = clamp ? Math.min(wanted, pageCount) : wanted;
  const rows = await db.episode.findMany({
    select: episodeSummarySelect,
    where,
    orderBy: episodeOrder,
    skip: (current - 1) * pageSize,
    take: pageSize,
  });
  return { episodes: rows.map(toEpisodeSummary), total, page: current, pageCount };
}

/** How many episodes the catalog has, and how many have a video or chapters (for the filter labels). */
export const countEpisodes = cache(async () => {
  const [all, withVideo, withChapters] = await Promise.all([
    db.episode.count(),
    db.episode.count({ where: episodeWhere({ hasVideo: true }) }),
    db.episode.count({ where: episodeWhere({ hasChapters: true }) }),
  ]);
  return { all, withVideo, withChapters };
});

/** Slugs (and dates) of the episodes matching `filter`, in list order: static params, the sitemap. */
export async function listEpisodeSlugs(
  filter: EpisodeFilter = {},
): Promise<{ slug: string; publishedAt: Date | null }[]> {
  return db.episode.findMany({
    select: { slug: true, publishedAt: true },
    where: episodeWhere(filter),
    orderBy: episodeOrder,
  });
}

export type FeedEpisode = {
  slug: string;
  title: string;
  description: string;
  publishedAt: Date | null;
  durationSeconds: number | null;
  chapterCount: number;
  audioUrl: string | null;
  audioType: string | null;
  audioLength: number | null;
};

/** Every episode, newest first, with what a feed item needs. */
export async function listFeedEpisodes(): Promise<FeedEpisode[]> {
  return db.episode.findMany({
    select: {
      slug: true,
      title: true,
      description: true,
      publishedAt: true,
      durationSeconds: true,
      chapterCount: true,
      audioUrl: true,
      audioType: true,
      audioLength: true,
    },
    orderBy: episodeOrder,
  });
}

const detailSelect = {
  ...episodeSummarySelect,
  sourceTitle: true,
  titleSource: true,
  description: true,
  youtubeIdConfidence: true,
  guid: true,
  link: true,
  audioType: true,
  audioLength: true,
  chapters: {
    select: { startSeconds: true, title: true, subpoints: true },
    orderBy: { position: "asc" },
  },
  links: {
    select: {
      url: true,
      kind: true,
      label: true,
      youtubeId: true,
      startSeconds: true,
      targetEpisode: { select: { slug: true, title: true } },
    },
    orderBy: { position: "asc" },
  },
  linkedFrom: {
    select: { episode: { select: { slug: true, title: true } } },
    orderBy: { episodeId: "asc" },
  },
  sources: { select: { file: true, line: true }, orderBy: { id: "asc" } },
} satisfies Prisma.EpisodeSelect;

type EpisodeRow = Prisma.EpisodeGetPayload<{ select: typeof detailSelect }>;

export type ChapterDetail = { startSeconds: number; title: string; subpoints: string[] };

export type EpisodeDetail = Omit<EpisodeRow, "chapters" | "linkedFrom" | "topics"> & {
  chapters: ChapterDetail[];
  /** Most central first. */
  topics: TopicLink[];
  /** Episodes whose links point at this one. */
  mentionedBy: { slug: string; title: string }[];
};

/** One episode with everything its page shows, or null. */
export const getEpisodeBySlug = cache(async (slug: string): Promise<EpisodeDetail | null> => {
  const row = await db.episode.findUnique({ where: { slug }, select: detailSelect });
  if (!row) return null;
  const { chapters, linkedFrom, topics, ...rest } = row;
  const mentionedBy = [...new Map(linkedFrom.map((link) => [link.episode.slug, link.episode])).values()];
  return {
    ...rest,
    topics: toTopicLinks(topics),
    chapters: chapters.map((chapter) => ({ ...chapter, subpoints: toStringArray(chapter.subpoints) })),
    mentionedBy: mentionedBy.filter((episode) => episode.slug !== slug),
  };
});

function toStringArray(value: Prisma.JsonValue): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** The episodes before and after this one in list order (newer / older), or null at either end. */
export const getNeighbours = cache(async (slug: string) => {
  const all = await db.episode.findMany({ select: { slug: true, title: true }, orderBy: episodeOrder });
  const index = all.findIndex((episode) => episode.slug === slug);
  if (index < 0) return { newer: null, older: null };
  return { newer: all[index - 1] ?? null, older: all[index + 1] ?? null };
});

/** Up to `limit` episodes that share the most distinctive words with this one's title and chapters. */
export const listRelatedEpisodes = cache(async (slug: string, limit = 4): Promise<EpisodeSummary[]> => {
  const all = await db.episode.findMany({
    select: { slug: true, title: true, chapters: { select: { title: true } } },
    orderBy: episodeOrder,
  });
  const documents = all.map((episode) => ({
    key: episode.slug,
    title: episode.title,
    chapterTitles: episode.chapters.map((chapter) => chapter.title),
  }));
  const ranked = rankRelated(documents, slug, limit);
  if (ranked.length === 0) return [];
  const rows = await db.episode.findMany({ select: episodeSummarySelect, where: { slug: { in: ranked } } });
  const bySlug = new Map(rows.map((row) => [row.slug, toEpisodeSummary(row)]));
  return ranked.flatMap((key) => bySlug.get(key) ?? []);
});
