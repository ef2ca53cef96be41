// The paths of the JSON API's show and episode resources, spelled once: the route handlers' redirects
// and error messages build them here. Pure.
export const apiShowsPath = "/api/shows";
export const apiEpisodesPath = "/api/episodes";

/** apiShowPath("the-backend-engineering-show") -> "/api/shows/the-backend-engineering-show" */
export function apiShowPath(show: string): `${typeof apiShowsPath}/${string}` {
  return `${apiShowsPath}/${encodeURIComponent(show)}`;
}

/** apiEpisodePath("the-backend-engineering-show", "page-tables") -> "/api/shows/the-backend-engineering-show/episodes/page-tables" */
export function apiEpisodePath(
  show: string,
  slug: string,
): `${typeof apiShowsPath}/${string}/episodes/${string}` {
  return `${apiShowPath(show)}/episodes/${encodeURIComponent(slug)}`;
}

/** apiShowEpisodesPath("network-stack-radio") -> "/api/episodes?show=network-stack-radio" */
export function apiShowEpisodesPath(show: string): `${typeof apiEpisodesPath}?show=${string}` {
  return `${apiEpisodesPath}?show=${encodeURIComponent(show)}`;
}
