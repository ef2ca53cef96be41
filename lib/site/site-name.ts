// What the site calls itself: the show's name while the catalog has one show, else a name for the
// catalog (several shows, or none yet: an empty database). Page titles, the header, Open Graph
// images and the feeds use these.

export const FALLBACK_SITE_NAME = "Episode catalog";

/** siteName({ name: "The Backend Engineering Show" }) -> that name; siteName(null) -> "Episode catalog" */
export function siteName(show: { name: string } | null | undefined): string {
  return show?.name ?? FALLBACK_SITE_NAME;
}

/**
 * The site's name over its shows: the one show's name, else the catalog's.
 * catalogName([{ name: "The Backend Engineering Show" }]) -> "The Backend Engineering Show"
 * catalogName([{ name: "A" }, { name: "B" }]) -> "Episode catalog"
 */
export function catalogName(shows: readonly { name: string }[]): string {
  return shows.length === 1 ? siteName(shows[0]) : FALLBACK_SITE_NAME;
}
