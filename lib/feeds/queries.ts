// Reads for the machine-readable outputs (feed, chapters JSON, JSON API, sitemap): small named queries
// shaped for those views. Server-only; the page queries stay in lib/catalog/queries.ts.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Newest first where dates are known, then source order (as the episode list). */
const listOrder: Prisma.EpisodeOrderByWithRelationInput[] = [
  { publishedAt: { sort: "desc", nulls: "last" } },
  { position: "asc" },
];

/** Most central topic first. */
const topicOrder: Prisma.EpisodeTopicOrderByWithRelationInput[] = [
  { score: "desc" },
  { topic: { position: "asc" } },
];

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
    orderBy: listOrder,
  });
}

/** Slugs of the episodes that have chapters, for the chapters.json routes. */
export async function listChapteredEpisodeSlugs(): Promise<{ slug: string }[]> {
  return db.episode.findMany({
    select: { slug: true },
    where: { chapterCount: { gt: 0 } },
    orderBy: { position: "asc" },
  });
}

export type ApiEpisodeFilters = {
  topic?: string;
  hasVideo?: boolean;
  /** Inclusive calendar days, "YYYY-MM-DD"; episodes without a date never match a bound. */
  from?: string;
  to?: string;
};

export type ApiEpisodeRow = {
  slug: string;
  title: string;
  publishedAt: Date | null;
  durationSeconds: number | null;
  youtubeId: string | null;
  audioUrl: string | null;
  chapterCount: number;
  topics: string[];
};

function apiWhere(filters: ApiEpisodeFilters): Prisma.EpisodeWhereInput {
  const where: Prisma.EpisodeWhereInput[] = [];
  if (filters.hasVideo === true) where.push({ youtubeId: { not: null } });
  if (filters.hasVideo === false) where.push({ youtubeId: null });
  if (filters.topic) where.push({ topics: { some: { topic: { slug: filters.topic } } } });
  if (filters.from) where.push({ publishedAt: { gte: new Date(`${filters.from}T00:00:00Z`) } });
  if (filters.to) {
    const dayAfter = new Date(`${filters.to}T00:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    where.push({ publishedAt: { lt: dayAfter } });
  }
  return { AND: where };
}

/**
 * listApiEpisodes({ topic: "postgresql" }, 1, 20) -> the first 20 episodes tagged postgresql, newest
 * first. A page past the last one is empty (not clamped), so clients can tell they went too far.
 */
export async function listApiEpisodes(
  filters: ApiEpisodeFilters,
  page: number,
  limit: number,
): Promise<{ total: number; page: number; pageCount: number; episodes: ApiEpisodeRow[] }> {
  const where = apiWhere(filters);
  const [total, rows] = await Promise.all([
    db.episode.count({ where }),
    db.episode.findMany({
      select: {
        slug: true,
        title: true,
        publishedAt: true,
        durationSeconds: true,
        youtubeId: true,
        audioUrl: true,
        chapterCount: true,
        topics: { select: { topic: { select: { slug: true } } }, orderBy: topicOrder },
      },
      where,
      orderBy: listOrder,
      skip: (page - 1) * limit,
      take: limit,
    }),
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / limit)),
    episodes: rows.map(({ topics, ...row }) => ({ ...row, topics: topics.map((t) => t.topic.slug) })),
  };
}

export type TopicSummary = { slug: string; name: string; description: string; episodeCount: number };

/** Every topic in taxonomy order with how many episodes carry it. */
export async function listTopicSummaries(): Promise<TopicSummary[]> {
  const rows = await db.topic.findMany({
    select: { slug: true, name: true, description: true, _count: { select: { episodes: true } } },
    orderBy: { position: "asc" },
  });
  return rows.map(({ _count, ...topic }) => ({ ...topic, episodeCount: _count.episodes }));
}

/** Whether a topic with this slug exists. */
export async function topicExists(slug: string): Promise<boolean> {
  return (await db.topic.count({ where: { slug } })) > 0;
}

/** The topics of one episode, most central first; [] when the episode has none or does not exist. */
export async function listEpisodeTopics(slug: string): Promise<{ slug: string; name: string }[]> {
  const rows = await db.episodeTopic.findMany({
    select: { topic: { select: { slug: true, name: true } } },
    where: { episode: { slug } },
    orderBy: topicOrder,
  });
  return rows.map((row) => row.topic);
}

/** Everything the sitemap lists: episodes (with their dates) and topics. */
export async function listSitemapEntries(): Promise<{
  episodes: { slug: string; publishedAt: Date | null }[];
  topics: { slug: string }[];
}> {
  const [episodes, topics] = await Promise.all([
    db.episode.findMany({ select: { slug: true, publishedAt: true }, orderBy: listOrder }),
    db.topic.findMany({ select: { slug: true }, orderBy: { position: "asc" } }),
  ]);
  return { episodes, topics };
}
