// GET /api/search?q=&topic=&sort=&limit=&page= -> JSON results (shape: SearchApiResponse in lib/search/view.ts).
// Every `url` is a path relative to this site's origin. Bad parameters are a 400 naming the parameter.
import type { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { searchCatalog, toMarkedHtml, type SearchResponse } from "@/lib/search/search";
import { parseApiSearchParams } from "@/lib/search/params";
import { plainText, type SearchApiResponse } from "@/lib/search/view";

// Results change only when the catalog is imported again.
const headers = { "Cache-Control": "public, max-age=60" };

export async function GET(request: NextRequest) {
  const parsed = parseApiSearchParams(request.nextUrl.searchParams);
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400, headers });
  const { q, topic, sort, limit, page } = parsed.value;
  const response = await searchCatalog(db, { query: q, topic, sort, limit, page });
  return Response.json(toApiResponse(response), { headers });
}

function toApiResponse(response: SearchResponse): SearchApiResponse {
  return {
    query: response.query,
    total: response.total,
    page: response.page,
    pageCount: response.pageCount,
    results: response.results.map((hit) => ({
      slug: hit.slug,
      title: hit.title,
      url: hit.url,
      score: hit.score,
      snippet: toMarkedHtml(hit.snippet),
      topics: hit.topics.map((topic) => topic.slug),
      publishedAt: hit.publishedAt ? hit.publishedAt.toISOString() : null,
      chapters: hit.chapters.map((chapter) => ({
        startSeconds: chapter.startSeconds,
        title: plainText(chapter.title),
        titleHtml: toMarkedHtml(chapter.title),
        snippet: chapter.snippet ? toMarkedHtml(chapter.snippet) : null,
        url: chapter.url,
      })),
    })),
    ...(response.suggestion ? { suggestion: response.suggestion } : {}),
    ...(response.corrected ? { corrected: true as const } : {}),
  };
}
