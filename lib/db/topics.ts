// Topics: the list with counts, and one page of a topic: its episodes and its moments in other
// episodes, from every show.
import "server-only";
import { cache } from "react";
import { db } from "./client";
import {
  episodeOrder,
  episodeSummarySelect,
  toEpisodeSummary,
  type EpisodeSummary,
  type ShowRef,
  type TopicLink,
} from "./shapes";

export type TopicSummary = TopicLink & {
  description: string;
  /** Episodes filed under the topic. */
  episodeCount: number;
  /** Its moments: chapters tagged with it in episodes that are not filed under it. */
  chapterCount: number;
};

/** A chapter on the topic inside an episode filed elsewhere. */
export type TopicMoment = {
  startSeconds: number;
  title: string;
  /** The episode, with what its chapters play from (lib/site/playability): the video, else the audio. */
  episode: { show: ShowRef; slug: string; title: string; youtubeId: string | null; audioUrl: string | null };
};

export type TopicDetail = TopicLink & { description: string };

/** Part of one of a topic's lists: the rows of one page, and where they stand in the whole list. */
export type TopicSlice<T> = {
  items: T[];
  /** Rows in the whole list, on every page. */
  total: number;
  /** 0-based index of items[0] in the whole list. */
  offset: number;
};

/** How many episodes and moments one page shows. */
export type TopicPageSizes = { episodes: number; moments: number };

/** One page of a topic: its episodes and its moments turn page together, under one page number. */
export type TopicPage = {
  topic: TopicDetail;
  /** 1-based, clamped to the last page. */
  page: number;
  /** Pages of the longer of the two lists; at least 1. */
  pageCount: number;
  /** Newest first, undated last (list order). */
  episodes: TopicSlice<EpisodeSummary>;
  /** In list order of their episodes (newest first), then by time. */
  moments: TopicSlice<TopicMoment>;
};

/** All topics in taxonomy order, with how many episodes and moments each has. */
export const listTopics = cache(async (): Promise<TopicSummary[]> => {
  // One query: the moment count needs "chapter's episode not filed under the same topic".
  const rows = await db.$queryRaw<
    { slug: string; name: string; description: string; episodeCount: bigint; chapterCount: bigint }[]
  >`
    SELECT t.slug, t.name, t.description,
      (SELECT count(*) FROM "EpisodeTopic" et WHERE et."topicId" = t.id) AS "episodeCount",
      (SELECT count(*) FROM "ChapterTopic" ct JOIN "Chapter" c ON c.id = ct."chapterId"
        WHERE ct."topicId" = t.id
          AND NOT EXISTS (SELECT 1 FROM "EpisodeTopic" et
                          WHERE et."topicId" = t.id AND et."episodeId" = c."episodeId")) AS "chapterCount"
    FROM "Topic" t
    ORDER BY t.position`;
  return rows.map((row) => ({
    ...row,
    episodeCount: Number(row.episodeCount),
    chapterCount: Number(row.chapterCount),
  }));
});

/** Every topic slug in taxonomy order, for static params and the sitemap. */
export async function listTopicSlugs(): Promise<{ slug: string }[]> {
  return db.topic.findMany({ select: { slug: true }, orderBy: { position: "asc" } });
}

/** Whether a topic with this slug exists. */
export async function topicExists(slug: string): Promise<boolean> {
  return (await db.topic.count({ where: { slug } })) > 0;
}

/**
 * One page of a topic, or null for an unknown slug: getTopicPage("networking", 2, { episodes: 24,
 * moments: 30 }) -> episodes 25–48 and moments 31–60. A page past the last is the last. Each list is
 * counted and sliced in SQL (LIMIT/OFFSET), never loaded whole.
 */
export const getTopicPage = cache(
  async (slug: string, page: number, sizes: TopicPageSizes): Promise<TopicPage | null> => {
    const topic = await db.topic.findUnique({
      where: { slug },
      select: { id: true, slug: true, name: true, description: true },
    });
    if (!topic) return null;
    const [episodeTotal, momentTotal] = await Promise.all([
      db.episodeTopic.count({ where: { topicId: topic.id } }),
      countMoments(topic.id),
    ]);
    const pageCount = Math.max(
      1,
      Math.ceil(episodeTotal / sizes.episodes),
      Math.ceil(momentTotal / sizes.moments),
    );
    const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
    const episodeOffset = (current - 1) * sizes.episodes;
    const momentOffset = (current - 1) * sizes.moments;
    // A list shorter than the other has nothing on the later pages: no query for those.
    const [filed, moments] = await Promise.all([
      episodeOffset < episodeTotal
        ? db.episodeTopic.findMany({
            where: { topicId: topic.id },
            select: { episode: { select: episodeSummarySelect } },
            // Newest first, as the page says; undated episodes last.
            orderBy: episodeOrder.map((order) => ({ episode: order })),
            skip: episodeOffset,
            take: sizes.episodes,
          })
        : [],
      momentOffset < momentTotal ? listMoments(topic.id, momentOffset, sizes.moments) : [],
    ]);
    const { id, ...rest } = topic;
    return {
      topic: rest,
      page: current,
      pageCount,
      episodes: {
        items: filed.map((row) => toEpisodeSummary(row.episode)),
        total: episodeTotal,
        offset: episodeOffset,
      },
      moments: { items: moments, total: momentTotal, offset: momentOffset },
    };
  },
);

// A moment is a chapter tagged with the topic whose episode is not filed under it. Raw SQL, as in
// listTopics: NOT EXISTS probes EpisodeTopic's key per chapter of the topic, where Prisma's relation
// filter ("none") would first collect every chapter of every episode outside the topic.

async function countMoments(topicId: number): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS "count"
    FROM "ChapterTopic" ct JOIN "Chapter" c ON c.id = ct."chapterId"
    WHERE ct."topicId" = ${topicId}
      AND NOT EXISTS (SELECT 1 FROM "EpisodeTopic" et
                      WHERE et."topicId" = ct."topicId" AND et."episodeId" = c."episodeId")`;
  return Number(row?.count ?? 0);
}

type MomentRow = {
  startSeconds: number;
  title: string;
  showSlug: string;
  showName: string;
  episodeSlug: string;
  episodeTitle: string;
  youtubeId: string | null;
  audioUrl: string | null;
};

async function listMoments(topicId: number, offset: number, limit: number): Promise<TopicMoment[]> {
  // The episode order of every list (newest first, undated last, then source order), then the
  // chapter's time; the chapter's position breaks a tie, so pages never overlap.
  const rows = await db.$queryRaw<MomentRow[]>`
    SELECT c."startSeconds", c.title, s.slug AS "showSlug", s.name AS "showName",
      e.slug AS "episodeSlug", e.title AS "episodeTitle", e."youtubeId", e."audioUrl"
    FROM "ChapterTopic" ct
      JOIN "Chapter" c ON c.id = ct."chapterId"
      JOIN "Episode" e ON e.id = c."episodeId"
      JOIN "Show" s ON s.id = e."showId"
    WHERE ct."topicId" = ${topicId}
      AND NOT EXISTS (SELECT 1 FROM "EpisodeTopic" et
                      WHERE et."topicId" = ct."topicId" AND et."episodeId" = c."episodeId")
    ORDER BY e."publishedAt" IS NULL, e."publishedAt" DESC, e.position, c."startSeconds", c.position
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((row) => ({
    startSeconds: Number(row.startSeconds),
    title: row.title,
    episode: {
      show: { slug: row.showSlug, name: row.showName },
      slug: row.episodeSlug,
      title: row.episodeTitle,
      youtubeId: row.youtubeId,
      audioUrl: row.audioUrl,
    },
  }));
}
