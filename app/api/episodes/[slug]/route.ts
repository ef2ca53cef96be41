// GET /api/episodes/<slug> — everything the episode page shows, as JSON; 404 JSON for unknown slugs.
import { getEpisodeBySlug } from "@/lib/db/episodes";
import { siteUrl } from "@/lib/env";
import { toApiEpisodeDetail } from "@/lib/feeds/api-views";
import { apiJson, apiNotFound } from "@/lib/feeds/http";

export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const episode = await getEpisodeBySlug(slug);
  if (!episode) return apiNotFound(`no episode "${slug}"`);
  return apiJson(toApiEpisodeDetail(siteUrl, episode));
}
