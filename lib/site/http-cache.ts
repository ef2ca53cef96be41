// The HTTP caching policy of every page, feed and API answer: a shared cache (a CDN, the nginx of
// deploy/) may serve an answer for SHARED_CACHE_SECONDS and then a stale one for STALE_SECONDS more
// while it asks again in the background; browsers always ask again (max-age=0), and a conditional
// request with the ETag costs a 304. The catalog changes only with an import: an import is visible
// through a shared cache within SHARED_CACHE_SECONDS of the server switching to it.
export const SHARED_CACHE_SECONDS = 5;
export const STALE_SECONDS = 60;

export const CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_CACHE_SECONDS}, stale-while-revalidate=${STALE_SECONDS}`;
