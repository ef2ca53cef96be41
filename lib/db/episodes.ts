// Episodes: the list (filtered, sorted, paged) and the counts beside its filters, one episode with
// everything its page shows, its neighbours and related episodes, and the rows the feed and the sitemap
// need.
import "server-only";
import { cache } from "react";
import { storedPrecision } from "@/lib/catalog/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import {
  episodeCardSelect,
  episodeOrder,
  episodeSummarySelect,
  episodeWhere,
  showRefSelect,
  toEpisodeCardSummary,
  toEpisodeSummary,
  toTopicLinks,
  type EpisodeCardSummary,
  type EpisodeFilter,
  type EpisodeSummary,
  type ShowRef,
  type TopicLink,
} from "./shapes";

export type EpisodePage<T = EpisodeSummary> = {
  episodes: T[];
  /** Episodes matching the filter. */
  total: number;
  /** 1-based. */
  page: number;
  pageCount: number;
};

/** The orders a list can be read in (lib/site/list-params.ts names them in URLs). */
export type EpisodeSort = "newest" | "oldest" | "longest";

const listOrders: Record<EpisodeSort, Prisma.EpisodeOrderByWithRelationInput[]> = {
  newest: episodeOrder,
  // Undated still last, and ties in source order as in every order (not newest's reversed).
  oldest: [{ publishedAt: { sort: "asc", nulls: "last" } }, { position: "asc" }],
  // Unknown lengths last; equal lengths newest first.
  longest: [{ durationSeconds: { sort: "desc", nulls: "last" } }, ...episodeOrder],
};

export type ListOptions = {
  page: number;
  pageSize: number;
  /** A page past the last one is the last one (pages); without, it is empty (the API). Default true. */
  clamp?: boolean;
  /** Default "newest". */
  sort?: EpisodeSort;
};

type PageQuery = {
  where: Prisma.EpisodeWhereInput;
  orderBy: Prisma.EpisodeOrderByWithRelationInput[];
  skip: number;
  take: number;
};

/** Counts the matching episodes, then reads the rows of the wanted page with `read`. */
async function readPage<T>(
  filter: EpisodeFilter,
  { page, pageSize, clamp = true, sort = "newest" }: ListOptions,
  read: (query: PageQuery) => Promise<T[]>,
): Promise<EpisodePage<T>> {
  const where = episodeWhere(filter);
  const total = await db.episode.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const wanted = Math.max(1, Math.floor(page));
  const current = clamp ? Math.min(wanted, pageCount) : wanted;
  const episodes = await read({
    where,
    orderBy: listOrders[sort],
    skip: (current - 1) * pageSize,
    take: pageSize,
  });
  return { episodes, total, page: current, pageCount };
}

/**
 * listEpisodes({ hasVideo: true }, { page: 2, pageSize: 24 }) -> the second page of 24 episodes that
 * have a video, newest first (or in `sort` order).
 */
export async function listEpisodes(filter: EpisodeFilter, options: ListOptions): Promise<EpisodePage> {
  return readPage(filter, options, async (query) =>
    (await db.episode.findMany({ select: episodeSummarySelect, ...query })).map(toEpisodeSummary),
  );
}

/**
 * The same page as listEpisodes, each episode with the one-line summary its card shows: the lists of
 * the site (a show's list, the latest episodes on the catalog's home).
 */
export async function listEpisodeCards(
  filter: EpisodeFilter,
  options: ListOptions,
): Promise<EpisodePage<EpisodeCardSummary>> {
  return readPage(filter, options, async (query) =>
    (await db.episode.findMany({ select: episodeCardSelect, ...query })).map(toEpisodeCardSummary),
  );
}

/**
 * How many episodes a show (or, with no show, the catalog) has, and how many have a video or chapters.
 */
export const countEpisodes = cache(async (show?: string) => {
  const [all, withVideo, withChapters] = await Promise.all([
    db.episode.count({ where: episodeWhere({ show }) }),
    db.episode.count({ where: episodeWhere({ show, hasVideo: true }) }),
    db.episode.count({ where: episodeWhere({ show, hasChapters: true }) }),
  ]);
  return { all, withVideo, withChapters };
});

/**
 * How many episodes each filter keeps, under the same keys: the counts beside a list's filter options.
 * countEpisodesEach({ video: { show: "x", hasVideo: true }, all: { show: "x" } }) -> { video: 22, all: 57 }
 */
export async function countEpisodesEach<K extends string>(
  filters: Record<K, EpisodeFilter>,
): Promise<Record<K, number>> {
  const keys = Object.keys(filters) as K[];
  const counts = await Promise.all(
    keys.map((key) => db.episode.count({ where: episodeWhere(filters[key]) })),
  );
  return Object.fromEntries(keys.map((key, index) => [key, counts[index]])) as Record<K, number>;
}

export type TopicCount = TopicLink & { episodeCount: number };

/**
 * Every topic in taxonomy order, with how many of the episodes matching `filter` are filed under it
 * (0 for none): the topic filter's counts and the topic chips of a show's page.
 */
export async function countEpisodesByTopic(filter: EpisodeFilter): Promise<TopicCount[]> {
  const rows = await db.topic.findMany({
    select: {
      slug: true,
      name: true,
      _count: { select: { episodes: { where: { episode: episodeWhere(filter) } } } },
    },
    orderBy: { position: "asc" },
  });
  return rows.map(({ _count, ...topic }) => ({ ...topic, episodeCount: _count.episodes }));
}

/** Show, slug and date of the episodes matching `filter`, in list order: static params, the sitemap. */
export async function listEpisodeSlugs(
  filter: EpisodeFilter = {},
): Promise<{ show: string; slug: string; publishedAt: Date | null }[]> {
  const rows = await db.episode.findMany({
    select: { show: { select: { slug: true } }, slug: true, publishedAt: true },
    where: episodeWhere(filter),
    orderBy: episodeOrder,
  });
  return rows.map(({ show, ...row }) => ({ ...row, show: show.slug }));
}

/**
 * Where an episode of the one-show era lives now: locateEpisode("kernel-level-tls") ->
 * { show: "the-backend-engineering-show", slug: "kernel-level-tls" }. The default show wins when
 * several shows have the slug (its episodes were the ones /episodes/<slug> served); null when none has.
 */
export const locateEpisode = cache(async (slug: string): Promise<{ show: string; slug: string } | null> => {
  const row = await db.episode.findFirst({
    select: { show: { select: { slug: true } }, slug: true },
    where: { slug },
    orderBy: [{ show: { isDefault: "desc" } }, { show: { id: "asc" } }],
  });
  return row ? { show: row.show.slug, slug: row.slug } : null;
});

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

/** Every episode of a show, newest first, with what a feed item needs. */
export async function listFeedEpisodes(show: string): Promise<FeedEpisode[]> {
  return db.episode.findMany({
    where: episodeWhere({ show }),
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
      targetEpisode: { select: { show: showRefSelect, slug: true, title: true } },
    },
    orderBy: { position: "asc" },
  },
  linkedFrom: {
    select: { episode: { select: { show: showRefSelect, slug: true, title: true } } },
    orderBy: { episodeId: "asc" },
  },
  sources: { select: { file: true, line: true }, orderBy: { id: "asc" } },
} satisfies Prisma.EpisodeSelect;

type EpisodeRow = Prisma.EpisodeGetPayload<{ select: typeof detailSelect }>;

export type ChapterDetail = { startSeconds: number; title: string; subpoints: string[] };

export type EpisodeDetail = Omit<EpisodeRow, "chapters" | "linkedFrom" | "topics" | "publishedPrecision"> & {
  publishedPrecision: EpisodeSummary["publishedPrecision"];
  chapters: ChapterDetail[];
  /** Most central first. */
  topics: TopicLink[];
  /** Episodes whose links point at this one. */
  mentionedBy: { show: ShowRef; slug: string; title: string }[];
};

/** One episode of a show with everything its page shows, or null. */
export const getEpisode = cache(async (show: string, slug: string): Promise<EpisodeDetail | null> => {
  const row = await db.episode.findFirst({ where: { slug, show: { slug: show } }, select: detailSelect });
  if (!row) return null;
  const { chapters, linkedFrom, topics, ...rest } = row;
  // Slugs are unique only within a show: an episode is its show and its slug.
  const keyOf = (episode: { show: ShowRef; slug: string }) => `${episode.show.slug}/${episode.slug}`;
  const mentionedBy = [...new Map(linkedFrom.map((link) => [keyOf(link.episode), link.episode])).values()];
  return {
    ...rest,
    publishedPrecision: storedPrecision(rest.publishedAt, rest.publishedPrecision),
    topics: toTopicLinks(topics),
    chapters: chapters.map((chapter) => ({ ...chapter, subpoints: toStringArray(chapter.subpoints) })),
    mentionedBy: mentionedBy.filter((episode) => keyOf(episode) !== `${show}/${slug}`),
  };
});

function toStringArray(value: Prisma.JsonValue): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** Where one episode's derived rows are: by its show and slug (the unique index of Episode). */
const episodeKey = (show: string, slug: string) => ({ episode: { slug, show: { slug: show } } });

const neighbourSelect = { select: { slug: true, title: true } } satisfies Prisma.EpisodeDefaultArgs;

/**
 * The episodes of the same show before and after this one in list order (newer / older), or null at
 * either end: the import stores them (EpisodeNeighbours).
 */
export const getNeighbours = cache(async (show: string, slug: string) => {
  const row = await db.episodeNeighbours.findFirst({
    where: episodeKey(show, slug),
    select: { newer: neighbourSelect, older: neighbourSelect },
  });
  return { newer: row?.newer ?? null, older: row?.older ?? null };
});

/**
 * Up to `limit` (at most 4, what the import stores) episodes that share the most distinctive words with
 * this one's title and chapters: the same show's first, then other shows' when the show has too few
 * related ones. Ranked by the import (lib/ingest/related.ts).
 */
export const listRelatedEpisodes = cache(
  async (show: string, slug: string, limit = 4): Promise<EpisodeSummary[]> => {
    const rows = await db.relatedEpisode.findMany({
      where: episodeKey(show, slug),
      select: { related: { select: episodeSummarySelect } },
      orderBy: { position: "asc" },
      take: limit,
    });
    return rows.map((row) => toEpisodeSummary(row.related));
  },
);
