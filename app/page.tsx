import type { Metadata } from "next";
import { CatalogHome } from "@/components/show/catalog-home";
import { ShowView, showListMetadata } from "@/components/show/show-view";
import { listShows } from "@/lib/db/show";
import { parseListParams } from "@/lib/site/list-params";
import { homePath } from "@/lib/site/routes";
import { catalogName } from "@/lib/site/site-name";

// Prerendered at build time (the catalog changes only with an import, and npm start rebuilds after
// one). With one show, "/" is that show's unfiltered first page, as before the catalog had shows; its
// filtered and later pages are the show's own (showPath?video=1…), and next.config.ts sends the
// one-show era's "/?video=1…" links there. With several shows, "/" is the catalog's home.
const params = parseListParams({});

export async function generateMetadata(): Promise<Metadata> {
  const shows = await listShows();
  const [only] = shows;
  if (shows.length === 1 && only) return showListMetadata(only, params, homePath);
  return {
    title: { absolute: catalogName(shows) },
    description:
      shows.length > 0
        ? `Episode guide to ${shows.map((show) => show.name).join(", ")}: every chapter, link and topic.`
        : undefined,
    alternates: { canonical: homePath },
  };
}

export default async function Page() {
  const shows = await listShows();
  const [only] = shows;
  if (shows.length === 1 && only) return <ShowView show={only} params={params} />;
  return <CatalogHome shows={shows} />;
}
