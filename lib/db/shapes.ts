// The shapes every read shares: one episode filter, one list order, one summary select, one topic
// shape. The named queries in episodes.ts, topics.ts and show.ts are built from these.
import "server-only";
import { storedPrecision } from "@/lib/catalog/dates";
import type { DatePrecision } from "@/lib/catalog/schema";
import { summarize } from "@/lib/catalog/summary";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What a topic chip links to: /topics/<slug>. */
export type TopicLink = { slug: string; name: string };

/** The show an episode belongs to, as every episode view names it: /shows/<slug>. */
export type ShowRef = { slug: string; name: string };

export const showRefSelect = { select: { slug: true, name: true } } satisfies Prisma.ShowDefaultArgs;

/** Most central topic first (tagging score), then taxonomy order. */
export const topicOrder: Prisma.EpisodeTopicOrderByWithRelationInput[] = [
  { score: "desc" },
  { topic: { position: "asc" } },
];

const topicLinksSelect = {
  select: { topic: { select: { slug: true, name: true } } },
  orderBy: topicOrder,
} satisfies Prisma.Episode$topicsArgs;

/** Newest first where dates are known, then source order: the order of every episode list. */
/** Shows in catalog order: the default show first, then in import order. */
export const showOrder: Prisma.ShowOrderByWithRelationInput[] = [{ isDefault: "desc" }, { id: "asc" }];

export const episodeOrder: Prisma.EpisodeOrderByWithRelationInput[] = [
  { publishedAt: { sort: "desc", nulls: "last" } },
  { position: "asc" },
];

/** One episode in a list: a card, a feed of the API, a related episode. */
export const episodeSummarySelect = {
  show: showRefSelect,
  slug: true,
  title: true,
  publishedAt: true,
  publishedPrecision: true,
  durationSeconds: true,
  durationPrecision: true,
  chapterCount: true,
  youtubeId: true,
  audioUrl: true,
  topics: topicLinksSelect,
} satisfies Prisma.EpisodeSelect;

type EpisodeSummaryRow = Prisma.EpisodeGetPayload<{ select: typeof episodeSummarySelect }>;

export type EpisodeSummary = Omit<EpisodeSummaryRow, "topics" | "publishedPrecision"> & {
  topics: TopicLink[];
  /** How much of publishedAt is known; null exactly when it is. */
  publishedPrecision: DatePrecision | null;
};

/** How long an episode card's summary of the description may be: a line or two. */
export const CARD_SUMMARY_CHARS = 140;

/**
 * One episode as a list card shows it: the summary's fields and the description its one-line summary is
 * made from (the read layer turns it into `summary`; the description itself never reaches the page).
 */
export const episodeCardSelect = {
  ...episodeSummarySelect,
  description: true,
} satisfies Prisma.EpisodeSelect;

type EpisodeCardRow = Prisma.EpisodeGetPayload<{ select: typeof episodeCardSelect }>;

export type EpisodeCardSummary = EpisodeSummary & {
  /** The description in a line or two (lib/catalog/summary.ts), or null when it has no text. */
  summary: string | null;
};

export function toTopicLinks(rows: { topic: TopicLink }[]): TopicLink[] {
  return rows.map((row) => row.topic);
}

export function toEpisodeSummary({ topics, ...row }: EpisodeSummaryRow): EpisodeSummary {
  return {
    ...row,
    publishedPrecision: storedPrecision(row.publishedAt, row.publishedPrecision),
    topics: toTopicLinks(topics),
  };
}

/** Which episodes a list shows. Every bound is inclusive; an unknown value never matches a bound. */
export type EpisodeFilter = {
  /** A show slug. */
  show?: string;
  /** true: only episodes with a video; false: only those without. */
  hasVideo?: boolean;
  hasChapters?: boolean;
  /** Duration bounds in seconds. */
  minSeconds?: number;
  maxSeconds?: number;
  /** A topic slug. */
  topic?: string;
  /** Calendar days "YYYY-MM-DD". */
  from?: string;
  to?: string;
};

/** episodeWhere({ hasVideo: true, topic: "postgresql" }) -> the Prisma where of that filter. */
export function episodeWhere(filter: EpisodeFilter): Prisma.EpisodeWhereInput {
  const where: Prisma.EpisodeWhereInput[] = [];
  if (filter.show) where.push({ show: { slug: filter.show } });
  if (filter.hasVideo === true) where.push({ youtubeId: { not: null } });
  if (filter.hasVideo === false) where.push({ youtubeId: null });
  if (filter.hasChapters) where.push({ chapterCount: { gt: 0 } });
  if (filter.minSeconds !== undefined) where.push({ durationSeconds: { gte: filter.minSeconds } });
  if (filter.maxSeconds !== undefined) where.push({ durationSeconds: { lte: filter.maxSeconds } });
  if (filter.topic) where.push({ topics: { some: { topic: { slug: filter.topic } } } });
  if (filter.from) where.push({ publishedAt: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter.to) {
    const dayAfter = new Date(`${filter.to}T00:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    where.push({ publishedAt: { lt: dayAfter } });
  }
  return { AND: where };
}

/** A card row as the card reads it: its summary fields, and `summary` in place of the description. */
export function toEpisodeCardSummary({ description, ...row }: EpisodeCardRow): EpisodeCardSummary {
  return { ...toEpisodeSummary(row), summary: summarize(description, CARD_SUMMARY_CHARS) };
}
