// Runs before /search when its query is not in plain words: rewrites the search to its view's cacheable
// path (lib/site/views.ts), with the query in its one canonical form, so that each search is rendered
// once and then served from Next's cache like any other page. A query that selects nothing (junk,
// defaults, tracking parameters) is the plain page. Searches in plain words, a show's and a topic's
// views need no code: next.config.ts rewrites them, and Next runs no proxy for them (it costs).
import { NextResponse, type NextRequest } from "next/server";
import { parseSearchPageParams, searchHref } from "@/lib/search/params";
import { searchPath } from "@/lib/site/routes";
import { queryOf, viewParams, viewPath } from "@/lib/site/views";

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname !== searchPath || searchParams.size === 0) return NextResponse.next();
  const parsed = parseSearchPageParams(viewParams(searchParams));
  const query = queryOf(searchHref(parsed, parsed.page));
  if (!query) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = viewPath(pathname, query);
  target.search = "";
  return NextResponse.rewrite(target);
}

// Next reads this statically, so the pattern is written out: it is PLAIN_QUERY_PATTERN
// (tests/unit/config/proxy.test.ts checks that they agree).
export const config = {
  matcher: [
    {
      source: "/search",
      missing: [{ type: "query", key: "q", value: "[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}" }],
    },
  ],
};
