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
