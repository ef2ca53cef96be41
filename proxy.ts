// Runs before the routes for the pages whose views a query selects (a search, a show's filtered and
// later list pages, a topic's later pages): rewrites such a request to the view's cacheable path
// (lib/site/views.ts), with the query in its one canonical form, so that every view is rendered once
// and then served from Next's cache like any other page. A query that selects nothing (junk,
// defaults, tracking parameters) is the plain page.
import { NextResponse, type NextRequest } from "next/server";
import { parseSearchPageParams, searchHref } from "@/lib/search/params";
import { listHref, parseListParams } from "@/lib/site/list-params";
import { parseTopicParams, topicHref } from "@/lib/site/topic-params";
import { searchPath } from "@/lib/site/routes";
import { queryOf, viewParams, viewPath } from "@/lib/site/views";

/** The canonical query of the view a request selects on its page, "" for the page itself. */
function canonicalQuery(pathname: string, search: URLSearchParams): string | null {
  const params = viewParams(search);
  if (pathname === searchPath) {
    const parsed = parseSearchPageParams(params);
    return queryOf(searchHref(parsed, parsed.page));
  }
  if (/^\/shows\/[^/]+$/.test(pathname)) {
    const parsed = parseListParams(params);
    // Only the query is kept: any show name gives the same one.
    return queryOf(listHref("show", parsed, parsed.page));
  }
  if (/^\/topics\/[^/]+$/.test(pathname)) {
    return queryOf(topicHref("topic", parseTopicParams(params).page));
  }
  return null;
}

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (searchParams.size === 0) return NextResponse.next();
  const query = canonicalQuery(pathname, searchParams);
  if (!query) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = viewPath(pathname, query);
  target.search = "";
  return NextResponse.rewrite(target);
}

export const config = { matcher: ["/search", "/shows/:show", "/topics/:slug"] };
