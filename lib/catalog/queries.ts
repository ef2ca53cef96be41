// Read-side of the catalog: small named queries that select only what their view shows.
// Server-only; pages call these, never Prisma directly.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

export type ShowSummary = {
  name: string;
  author: string | null;
  description: string | null;
};

export type EpisodeSummary = {
  slug: string;
  title: string;
  publishedAt: Date | null;
  durationSeconds: number | null;
  chapterCount: number;
  youtubeId: string | null;
};

/** The show the catalog describes, or null when the catalog has none. */
export const getShow = cache(async (): Promise<ShowSummary | null> => {
  return db.show.findFirst({
    select: { name: true, author: true, description: true },
    orderBy: { id: "asc" },
  });
});

/** Every episode, newest first; undated episodes last, in source order. */
export const listEpisodes = cache(async (): Promise<EpisodeSummary[]> => {
  return db.episode.findMany({
    select: {
      slug: true,
      title: true,
      publishedAt: true,
      durationSeconds: true,
      chapterCount: true,
      youtubeId: true,
    },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { position: "asc" }],
  });
});
