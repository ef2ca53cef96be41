// Topics: the list with counts, one topic with its episodes and its moments in other episodes, from
// every show.
import "server-only";
import { cache } from "react";
import { db } from "./client";
import {
  episodeOrder,
  episodeSummarySelect,
  showRefSelect,
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
  episode: { show: ShowRef; slug: string; title: string; youtubeId: string | null };
};

export type TopicDetail = TopicLink & {
  description: string;
  /** Most central first (tagging score), then in list order. */
  episodes: EpisodeSummary[];
  /** In list order of their episodes (newest first), then by time. */
  moments: TopicMoment[];
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

/** One topic with its episodes and moments, or null. */
export const getTopicBySlug = cache(async (slug: string): Promise<TopicDetail | null> => {
  const topic = await db.topic.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true },
  });
  if (!topic) return null;
  const [filed, moments] = await Promise.all([
    db.episodeTopic.findMany({
      where: { topicId: topic.id },
      select: { episode: { select: episodeSummarySelect } },
      orderBy: [{ score: "desc" }, ...episodeOrder.map((order) => ({ episode: order }))],
    }),
    db.chapterTopic.findMany({
      where: { topicId: topic.id, chapter: { episode: { topics: { none: { topicId: topic.id } } } } },
      select: {
        chapter: {
          select: {
            startSeconds: true,
            title: true,
            episode: { select: { show: showRefSelect, slug: true, title: true, youtubeId: true } },
          },
        },
      },
      orderBy: [
        ...episodeOrder.map((order) => ({ chapter: { episode: order } })),
        { chapter: { startSeconds: "asc" } },
      ],
    }),
  ]);
  const { id, ...rest } = topic;
  return {
    ...rest,
    episodes: filed.map((row) => toEpisodeSummary(row.episode)),
    moments: moments.map((row) => row.chapter),
  };
});
