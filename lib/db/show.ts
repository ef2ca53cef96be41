// The show the catalog describes.
import "server-only";
import { cache } from "react";
import { db } from "./client";

export type ShowSummary = {
  name: string;
  author: string | null;
  description: string | null;
  links: { url: string; kind: string; label: string | null }[];
};

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

/**
 * How the show words its course promotions, as the import labelled its course links (with the promotion
 * phrases of data/shows/): the episode page sets description lines in these words apart.
 * listCoursePromotions() -> ["Backend Troubleshooting Course", "Fundamentals of Operating Systems Course", …]
 */
export const listCoursePromotions = cache(async (): Promise<string[]> => {
  const rows = await db.link.findMany({
    where: { kind: "course", label: { not: null } },
    select: { label: true },
    distinct: ["label"],
    orderBy: { label: "asc" },
  });
  return rows.flatMap((row) => (row.label === null ? [] : [row.label]));
});
