// Runs before /search: rewrites a search to its view's cacheable path (lib/site/views.ts), with the
// query in its one canonical form, so that each search is rendered once and then served from Next's
// cache like any other page. A query that selects nothing (junk, defaults, tracking parameters) is the
// plain page. (A show's and a topic's views need no code: next.config.ts rewrites them.)
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

export const config = { matcher: ["/search"] };
