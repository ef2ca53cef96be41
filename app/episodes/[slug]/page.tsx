// /episodes/<slug>: where episode pages lived while the catalog had one show. Shared links and search
// engines follow a redirect, not a 404, so each answers 308 to the episode's page under its show, the
// query (?t=) kept; the browser keeps a #t= fragment itself. A page rather than a route handler, so a
// slug no show has gets the site's own 404 page.
import { notFound, permanentRedirect } from "next/navigation";
import { locateEpisode } from "@/lib/db/episodes";
import { episodePath } from "@/lib/site/routes";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function OldEpisodeAddress(props: Props) {
  const [{ slug }, searchParams] = await Promise.all([props.params, props.searchParams]);
  const located = await locateEpisode(slug);
  if (!located) notFound();
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      query.append(key, item);
  }
  const path = episodePath(located.show, located.slug);
  permanentRedirect(query.size > 0 ? `${path}?${query}` : path);
}
