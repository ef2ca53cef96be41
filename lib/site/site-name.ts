// What the site calls itself: the show's name, or a plain fallback while the catalog has no show (an
// empty database). Page titles, headers, the feed, Open Graph images and JSON-LD all use this one.

export const FALLBACK_SITE_NAME = "Episode catalog";

/** siteName({ name: "The Backend Engineering Show" }) -> that name; siteName(null) -> "Episode catalog" */
export function siteName(show: { name: string } | null | undefined): string {
  return show?.name ?? FALLBACK_SITE_NAME;
}
