// What every page's searchParams parser shares: a repeated key counts by its last value, and a page
// number is plain digits, junk meaning page 1. Pure (zod only). No z.object here: creating one probes
// for `new Function`, which the search island must not do before lib/search/params.ts turns that off.
import { z } from "zod";

/** One searchParams value of a page: absent, given once, or repeated. */
export type RawValue = string | string[] | undefined;

/**
 * A repeated key (`?page=2&page=3`) counts by its last value: the rewrite rules that send a query to its
 * cached view (next.config.ts) can only read the last one (Next's `has` matching), so every parser
 * reads the same one they do.
 */
export const lastValue = (value: unknown) => (Array.isArray(value) ? value.at(-1) : value);

/**
 * The page number of a paged list's URL (the episode list, search results). Plain digits only: "2.5",
 * "-3", "1e9", "abc" are junk and mean page 1. Six digits is plenty and keeps the number a safe
 * integer; a page past the end is the list query's to clamp.
 */
export const pageParam = z
  .preprocess(lastValue, z.string().regex(/^\d{1,6}$/))
  .transform((value) => Math.max(1, Number.parseInt(value, 10)))
  .catch(1);

/**
 * A page number past the first as a URL value, for the rewrites of next.config.ts (a regular expression
 * source, matched whole): 2 to 999999 in plain digits. Page 1 is the page itself, and junk matches nothing.
 */
export const LATER_PAGE_PATTERN = "[2-9]|[1-9][0-9]{1,5}";
