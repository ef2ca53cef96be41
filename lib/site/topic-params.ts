// The URL state of a topic page: its page number, and the links back. A topic's first page (topicPath)
// is prerendered and never reads searchParams; its later pages (topicPath?page=N) are views
// (lib/site/views.ts) that next.config.ts rewrites to app/topics/[slug]/%5Fview/[query]. Pure and
// client-safe; junk never throws, it means page 1.
import { PAGE_SIZE } from "./list-params";
import { topicPath, type TopicPath } from "./routes";
import { LATER_PAGE_PATTERN, pageParam, type RawValue } from "./url-params";
import type { ViewParam } from "./views";

/** How much of each list one page of a topic shows. Both lists turn page together (one ?page=N). */
export const TOPIC_PAGE_SIZES = {
  /** Episode cards, as many as a page of a show's list. */
  episodes: PAGE_SIZE,
  /** Moments are one line each: a few more of them fit. */
  moments: 30,
} as const;

/** A topic's later pages (topicPath?page=N) are views, rewritten by next.config.ts (lib/site/views.ts). */
export const topicViewParams: ViewParam[] = [{ key: "page", pattern: LATER_PAGE_PATTERN }];

export type TopicParams = {
  /** 1-based as requested; the topic query clamps it to the last page. */
  page: number;
};

/**
 * parseTopicParams({ page: "2" }) -> { page: 2 }; parseTopicParams({ page: "abc" }) -> { page: 1 }
 * The view route passes segmentParams(query) of its [query] segment.
 */
export function parseTopicParams(searchParams: Record<string, RawValue>): TopicParams {
  return { page: pageParam(searchParams.page) };
}

export type TopicHref = TopicPath | `${TopicPath}?${string}`;

/**
 * topicHref("databases", 2) -> "/topics/databases?page=2"; topicHref("databases", 1) -> "/topics/databases"
 * Page 1 has no query: it is the prerendered page, and every page has one canonical URL (whose query,
 * queryOf(topicHref(…)), is the view's segment).
 */
export function topicHref(slug: string, page = 1): TopicHref {
  const whole = Math.floor(page);
  return whole > 1 ? `${topicPath(slug)}?page=${whole}` : topicPath(slug);
}
