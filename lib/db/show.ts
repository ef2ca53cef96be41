// Shows: the catalog's default show, one show by slug, and the list of shows.
import "server-only";
import { cache } from "react";
import { storedPrecision } from "@/lib/catalog/dates";
import type { DatePrecision } from "@/lib/catalog/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { episodeOrder, showOrder, type ShowRef } from "./shapes";

export type ShowSummary = {
  slug: string;
  name: string;
  author: string | null;
  description: string | null;
  artworkUrl: string | null;
  feedUrl: string | null;
  youtubeChannel: string | null;
  isDefault: boolean;
  links: { url: string; kind: string; label: string | null }[];
};

const showSelect = {
  slug: true,
  name: true,
  author: true,
  description: true,
  artworkUrl: true,
  feedUrl: true,
  youtubeChannel: true,
  isDefault: true,
  links: { select: { url: true, kind: true, label: true }, orderBy: { position: "asc" } },
} satisfies Prisma.ShowSelect;

/** The default show first, then in import order. */

/** The catalog's default show (what / shows when the catalog has one show), or null when it has none. */
export const getDefaultShow = cache(async (): Promise<ShowSummary | null> => {
  return db.show.findFirst({ select: showSelect, orderBy: showOrder });
});

/** One show by its slug, or null. */
export const getShowBySlug = cache(async (slug: string): Promise<ShowSummary | null> => {
  return db.show.findUnique({ where: { slug }, select: showSelect });
});

export type ShowListItem = ShowSummary & {
  episodeCount: number;
  /** Its newest episode (by date, then source order), or null for a show without episodes. */
  latest: {
    slug: string;
    title: string;
    publishedAt: Date | null;
    publishedPrecision: DatePrecision | null;
  } | null;
};

/** Slug and name of every show, the default first: for the header, static params, filters, the sitemap. */
export const listShowRefs = cache(async (): Promise<ShowRef[]> => {
  return db.show.findMany({ select: { slug: true, name: true }, orderBy: showOrder });
});

async function withEpisodes(show: ShowSummary): Promise<ShowListItem> {
  const where = { show: { slug: show.slug } };
  const [episodeCount, latest] = await Promise.all([
    db.episode.count({ where }),
    db.episode.findFirst({
      select: { slug: true, title: true, publishedAt: true, publishedPrecision: true },
      where,
      orderBy: episodeOrder,
    }),
  ]);
  return {
    ...show,
    episodeCount,
    latest: latest && {
      ...latest,
      publishedPrecision: storedPrecision(latest.publishedAt, latest.publishedPrecision),
    },
  };
}

/** Every show, the default first, with its episode count and newest episode. */
export const listShows = cache(async (): Promise<ShowListItem[]> => {
  const shows = await db.show.findMany({ select: showSelect, orderBy: showOrder });
  return Promise.all(shows.map(withEpisodes));
});

/** One show with its episode count and newest episode, or null. */
export const getShowListItem = cache(async (slug: string): Promise<ShowListItem | null> => {
  const show = await getShowBySlug(slug);
  return show ? withEpisodes(show) : null;
});

/**
 * How the show words its course promotions, as the import labelled its course links (with the promotion
 * phrases of data/shows/): the episode page sets description lines in these words apart.
 * listCoursePromotions("the-backend-engineering-show") -> ["Backend Troubleshooting Course", "Fundamentals of Operating Systems Course", …]
 */
export const listCoursePromotions = cache(async (show: string): Promise<string[]> => {
  // From the show's episodes to their links (CROSS JOIN fixes that order in SQLite): left to itself,
  // SQLite starts from every course link of the catalog, 110 ms at 100,000 episodes against 4 ms.
  const rows = await db.$queryRaw<{ label: string }[]>`
    SELECT DISTINCT l."label" AS "label"
    FROM "Show" s
    JOIN "Episode" e ON e."showId" = s."id"
    CROSS JOIN "Link" l ON l."episodeId" = e."id"
    WHERE s."slug" = ${show} AND l."kind" = 'course' AND l."label" IS NOT NULL
    ORDER BY l."label"`;
  return rows.map((row) => row.label);
});
