// Read-side of the catalog: small named queries that select only what their view shows.
// Server-only; pages call these, never Prisma directly.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rankRelated } from "./related";

export type ShowSummary = {
  name: string;
  author: string | null;
  description: string | null;
  links: { url: string; kind: string; label: string | null }[];
};

export type EpisodeSummary = {
  slug: string;
  title: string;
  publishedAt: Date | null;
  durationSeconds: number | null;
  durationPrecision: string | null;
  chapterCount: number;
  youtubeId: string | null;
};

const summarySelect = {
  slug: true,
  title: true,
  publishedAt: true,
  durationSeconds: true,
  durationPrecision: true,
  chapterCount: true,
  youtubeId: true,
} satisfies Prisma.EpisodeSelect;

/** Newest first where dates are known, then source order. */
const listOrder: Prisma.EpisodeOrderByWithRelationInput[] = [
  { publishedAt: { sort: "desc", nulls: "last" } },
  { position: "asc" },
];

/** The show the catalog describes, or null when the catalog has none. */
export const getShow = cache(async (): Promise<ShowSummary | null> => {
  return db.show.findFirst({
    select: {
      name: true,
      author: true,
      description: true,
      links: { select: { url: true, kind: true, label: true }, orderBy: { position: "asc" } },
    },
    orderBy: { id: "asc" },
  });
});

export type EpisodeFilters = {
  hasVideo?: boolean;
  hasChapters?: boolean;
  /** Inclusive bounds in seconds; episodes of unknown duration never match a bound. */
  minSeconds?: number;
  maxSeconds?: number;
};

export type EpisodePage = {
  episodes: EpisodeSummary[];
  /** Episodes matching the filters. */
  total: number;
  /** 1-based; clamped into range. */
  page: number;
  pageCount: number;
};

function filterWhere(filters: EpisodeFilters): Prisma.EpisodeWhereInput {
  const where: Prisma.EpisodeWhereInput[] = [];
  if (filters.hasVideo) where.push({ youtubeId: { not: null } });
  if (filters.hasChapters) where.push({ chapterCount: { gt: 0 } });
  if (filters.minSeconds !== undefined) where.push({ durationSeconds: { gte: filters.minSeconds } });
  if (filters.maxSeconds !== undefined) where.push({ durationSeconds: { lte: filters.maxSeconds } });
  return { AND: where };
}

/** listEpisodes({ hasVideo: true }, 2, 24) -> the second page of 24 episodes that have a video. */
export async function listEpisodes(
  filters: EpisodeFilters = {},
  page = 1,
  pageSize = 24,
): Promise<EpisodePage> {
  const where = filterWhere(filters);
  const total = await db.episode.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const episodes = await db.episode.findMany({
    select: summarySelect,
    where,
    orderBy: listOrder,
    skip: (current - 1) * pageSize,
    take: pageSize,
  });
  return { episodes, total, page: current, pageCount };
}

/** How many episodes the catalog has, and how many have a video or chapters (for the filter labels). */
export const countEpisodes = cache(async () => {
  const [all, withVideo, withChapters] = await Promise.all([
    db.episode.count(),
    db.episode.count({ where: { youtubeId: { not: null } } }),
    db.episode.count({ where: { chapterCount: { gt: 0 } } }),
  ]);
  return { all, withVideo, withChapters };
});

/** Every slug, for generateStaticParams. */
export async function listEpisodeSlugs(): Promise<{ slug: string }[]> {
  return db.episode.findMany({ select: { slug: true }, orderBy: { position: "asc" } });
}

const detailSelect = {
  ...summarySelect,
  sourceTitle: true,
  titleSource: true,
  description: true,
  youtubeIdConfidence: true,
  guid: true,
  link: true,
  audioUrl: true,
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

export type EpisodeDetail = Omit<EpisodeRow, "chapters" | "linkedFrom"> & {
  chapters: ChapterDetail[];
  /** Episodes whose links point at this one. */
  mentionedBy: { slug: string; title: string }[];
};

/** One episode with everything its page shows, or null. */
export const getEpisodeBySlug = cache(async (slug: string): Promise<EpisodeDetail | null> => {
  const row = await db.episode.findUnique({ where: { slug }, select: detailSelect });
  if (!row) return null;
  const { chapters, linkedFrom, ...rest } = row;
  const mentionedBy = [...new Map(linkedFrom.map((link) => [link.episode.slug, link.episode])).values()];
  return {
    ...rest,
    chapters: chapters.map((chapter) => ({ ...chapter, subpoints: toStringArray(chapter.subpoints) })),
    mentionedBy: mentionedBy.filter((episode) => episode.slug !== slug),
  };
});

function toStringArray(value: Prisma.JsonValue): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** The episodes before and after this one in list order (newer / older), or null at either end. */
export const getNeighbours = cache(async (slug: string) => {
  const all = await db.episode.findMany({ select: { slug: true, title: true }, orderBy: listOrder });
  const index = all.findIndex((episode) => episode.slug === slug);
  if (index < 0) return { newer: null, older: null };
  return { newer: all[index - 1] ?? null, older: all[index + 1] ?? null };
});

/** Up to `limit` episodes that share the most distinctive words with this one's title and chapters. */
export const listRelatedEpisodes = cache(async (slug: string, limit = 4): Promise<EpisodeSummary[]> => {
  const all = await db.episode.findMany({
    select: { ...summarySelect, chapters: { select: { title: true } } },
    orderBy: listOrder,
  });
  const documents = all.map((episode) => ({
    key: episode.slug,
    title: episode.title,
    chapterTitles: episode.chapters.map((chapter) => chapter.title),
  }));
  const ranked = rankRelated(documents, slug, limit);
  const bySlug = new Map(all.map(({ chapters, ...summary }) => [summary.slug, summary]));
  return ranked.flatMap((key) => bySlug.get(key) ?? []);
});
