// What every page's searchParams parser shares: a repeated key counts by its last value, and junk never
// throws, it falls back. Plain functions, no zod: these parsers also run in the search island, and zod
// would add about 37 KB of gzip script to the page that loads it.

/** One searchParams value of a page: absent, given once, or repeated. */
export type RawValue = string | string[] | undefined;

/**
 * A repeated key (`?page=2&page=3`) counts by its last value: the rewrite rules that send a query to its
 * cached view (next.config.ts) can only read the last one (Next's `has` matching), so every parser
 * reads the same one they do.
 */
const lastValue = (value: unknown) => (Array.isArray(value) ? value.at(-1) : value);

/** textParam(["a", "b"]) -> "b"; textParam(undefined) -> null */
export function textParam(value: unknown): string | null {
  const last = lastValue(value);
  return typeof last === "string" ? last : null;
}

/** slugParam("linux-kernel", 64) -> "linux-kernel"; a longer value or one that is no slug -> null */
export function slugParam(value: unknown, maxChars: number, pattern: RegExp): string | null {
  const text = textParam(value);
  return text !== null && text.length <= maxChars && pattern.test(text) ? text : null;
}

/** choiceParam("date", ["relevance", "date"]) -> "date"; anything else -> the first choice */
export function choiceParam<T extends string>(value: unknown, choices: readonly [T, ...T[]]): T {
  const text = textParam(value);
  return choices.find((choice) => choice === text) ?? choices[0];
}

/**
 * The page number of a paged list's URL (the episode list, a topic, search results). Plain digits only:
 * "2.5", "-3", "1e9", "abc" are junk and mean page 1. Six digits is plenty and keeps the number a safe
 * integer; a page past the end is the list query's to clamp.
 * pageParam("3") -> 3; pageParam("0") -> 1; pageParam("abc") -> 1
 */
export function pageParam(value: unknown): number {
  const text = textParam(value);
  return text !== null && /^\d{1,6}$/.test(text) ? Math.max(1, Number.parseInt(text, 10)) : 1;
}

/**
 * A page number past the first as a URL value, for the rewrites of next.config.ts (a regular expression
 * source, matched whole): 2 to 999999 in plain digits. Page 1 is the page itself, and junk matches nothing.
 */
export const LATER_PAGE_PATTERN = "[2-9]|[1-9][0-9]{1,5}";
