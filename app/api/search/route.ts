// GET /api/search?q=&show=&topic=&sort=&limit=&page= -> JSON results from every show, or from `show`
// (shape: SearchApiResponse in lib/search/view.ts). Every `url` is a path relative to this site's
// origin. Bad parameters, unknown topics and unknown shows are a 400 naming the parameter.
import type { NextRequest } from "next/server";
import {
  parseApiParams,
  searchParamsSchema,
  unknownShowError,
  unknownTopicError,
} from "@/lib/feeds/api-params";
import { apiBadRequest, apiJson, apiRoute } from "@/lib/feeds/http";
import { getShowBySlug } from "@/lib/db/show";
import { topicExists } from "@/lib/db/topics";
import { searchCatalog } from "@/lib/search/search";
import { toSearchApiResponse } from "@/lib/search/view";

export const GET = apiRoute(async (request: NextRequest) => {
  const parsed = parseApiParams(searchParamsSchema, request.nextUrl.searchParams);
  if (!parsed.ok) return apiBadRequest(parsed.error);
  const { q, show, topic, sort, limit, page } = parsed.params;
  if (show && !(await getShowBySlug(show))) return apiBadRequest(unknownShowError(show));
  if (topic && !(await topicExists(topic))) return apiBadRequest(unknownTopicError(topic));
  return apiJson(toSearchApiResponse(await searchCatalog({ query: q, show, topic, sort, limit, page })));
});
