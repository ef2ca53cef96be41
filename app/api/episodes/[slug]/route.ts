// GET /api/episodes/<slug> — the address of one episode while the catalog had one show: a permanent
// redirect to /api/shows/<show>/episodes/<slug> (the default show's episode when several shows have
// the slug); 404 JSON naming an unknown slug.
import type { NextRequest } from "next/server";
import { locateEpisode } from "@/lib/db/episodes";
import { apiEpisodePath } from "@/lib/feeds/api-paths";
import { apiMovedTo, apiNotFound, apiRoute } from "@/lib/feeds/http";

export const GET = apiRoute(async (request: NextRequest, context: { params: Promise<{ slug: string }> }) => {
  const { slug } = await context.params;
  const found = await locateEpisode(slug);
  if (!found) return apiNotFound(`no episode "${slug}"`);
  return apiMovedTo(apiEpisodePath(found.show, found.slug), request.url);
});
