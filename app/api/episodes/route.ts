// GET /api/episodes?page=&limit=&show=&topic=&hasVideo=&from=&to= — the episode list as JSON, newest
// first, every show's unless `show` names one.
import type { NextRequest } from "next/server";
import { siteUrl } from "@/lib/env";
import {
  episodeListParamsSchema,
  parseApiParams,
  unknownShowError,
  unknownTopicError,
} from "@/lib/feeds/api-params";
import { toApiEpisodeSummary } from "@/lib/feeds/api-views";
import { apiBadRequest, apiJson, apiRoute } from "@/lib/feeds/http";
import { listEpisodes } from "@/lib/db/episodes";
import { getShowBySlug } from "@/lib/db/show";
import { topicExists } from "@/lib/db/topics";

export const GET = apiRoute(async (request: NextRequest) => {
  const parsed = parseApiParams(episodeListParamsSchema, request.nextUrl.searchParams);
  if (!parsed.ok) return apiBadRequest(parsed.error);
  const { page, limit, ...filters } = parsed.params;
  if (filters.show && !(await getShowBySlug(filters.show)))
    return apiBadRequest(unknownShowError(filters.show));
  if (filters.topic && !(await topicExists(filters.topic)))
    return apiBadRequest(unknownTopicError(filters.topic));
  const result = await listEpisodes(filters, { page, pageSize: limit, clamp: false });
  return apiJson({
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    episodes: result.episodes.map((row) => toApiEpisodeSummary(siteUrl, row)),
  });
});
