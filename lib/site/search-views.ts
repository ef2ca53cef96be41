// The values of the search page's URL that next.config.ts's rewrites can spell, so that a search in
// plain words reaches its cached view without proxy.ts (lib/site/views.ts). Here rather than in
// lib/search/params.ts (which uses them too) because next.config.ts loads this file: pure, relative
// imports only.
import { LATER_PAGE_PATTERN } from "./url-params";
import type { ViewParam } from "./views";

export const sortKeys = ["relevance", "date"] as const;

/** What a topic or show slug looks like, in a URL parameter (lower-case words joined by hyphens). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A query made of plain words (letters, digits, spaces, "_", ".", "-"; most searches), which a rewrite
 * rule can put in a path as it is. Any other query ("/", "+", "%", other letters) goes through
 * proxy.ts, which encodes it.
 */
export const PLAIN_QUERY_PATTERN = "[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}";

/** The params of a search view in searchHref's order; rules need a plain `q`. */
export const searchViewParams: ViewParam[] = [
  { key: "q", pattern: PLAIN_QUERY_PATTERN },
  { key: "topic", pattern: slugPattern.source.slice(1, -1) },
  { key: "show", pattern: slugPattern.source.slice(1, -1) },
  { key: "sort", pattern: sortKeys.filter((key) => key !== "relevance").join("|") },
  { key: "page", pattern: LATER_PAGE_PATTERN },
];
