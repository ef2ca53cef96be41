// GET /api/shows/<show>/episodes/<episode> — everything the episode page shows, as JSON; 404 JSON
// naming an unknown show or episode.
import { getEpisode } from "@/lib/db/episodes";
import { getShowBySlug } from "@/lib/db/show";
import { siteUrl } from "@/lib/env";
import { toApiEpisodeDetail } from "@/lib/feeds/api-views";
import { apiJson, apiNotFound, apiRoute } from "@/lib/feeds/http";

export const GET = apiRoute(
  async (_request: Request, context: { params: Promise<{ show: string; episode: string }> }) => {
    const { show, episode: slug } = await context.params;
    const episode = await getEpisode(show, slug);
    if (episode) return apiJson(toApiEpisodeDetail(siteUrl, episode));
    if (!(await getShowBySlug(show))) return apiNotFound(`no show "${show}"`);
    return apiNotFound(`no episode "${slug}" in show "${show}"`);
  },
);
