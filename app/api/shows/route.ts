// GET /api/shows — every show of the catalog, the default first, with its episode count and newest episode.
import { siteUrl } from "@/lib/env";
import { toApiShow } from "@/lib/feeds/api-views";
import { apiJson, apiRoute } from "@/lib/feeds/http";
import { listShows } from "@/lib/db/show";

// Answered per request so the API's own Cache-Control applies (a prerendered route gets Next's).
export const dynamic = "force-dynamic";

export const GET = apiRoute(async () => {
  const shows = await listShows();
  return apiJson(shows.map((show) => toApiShow(siteUrl, show)));
});
