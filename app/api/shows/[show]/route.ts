// GET /api/shows/<show> — one show as /api/shows lists it; 404 JSON naming an unknown show.
import { siteUrl } from "@/lib/env";
import { toApiShow } from "@/lib/feeds/api-views";
import { apiJson, apiNotFound, apiRoute } from "@/lib/feeds/http";
import { getShowListItem } from "@/lib/db/show";

export const GET = apiRoute(async (_request: Request, context: { params: Promise<{ show: string }> }) => {
  const { show: slug } = await context.params;
  const show = await getShowListItem(slug);
  if (!show) return apiNotFound(`no show "${slug}"`);
  return apiJson(toApiShow(siteUrl, show));
});
