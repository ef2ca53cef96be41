// The episodes closest to an address that does not exist, for the 404 page: the address's words (a
// mistyped or outdated slug, an unknown show or topic, any path) against the episode titles, typos
// allowed. Candidates come from the FTS5 index (each word as typed and as the catalog's vocabulary
// corrects it, read in bounded windows: ./sql.ts closestCandidates), then a few hundred are ranked here.
import "server-only";
import type { TopicLink } from "@/lib/db/shapes";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { episodePath } from "@/lib/site/routes";
import { catalogStateOf, closestCandidates, type ClosestCandidate } from "./sql";
import { correctWord, editDistance } from "./suggest";
import type { ClosestEpisode, ClosestResult } from "./types";

/** Most episodes a 404 page suggests. */
export const CLOSEST_LIMIT = 5;
/** Most topics it suggests. */
export const CLOSEST_TOPIC_LIMIT = 2;
/** Candidates ranked per address: the titles with most of its words. */
const CANDIDATES = 200;
const MAX_PATH_CHARS = 1000;
const MAX_WORDS = 8;
const MAX_WORD_CHARS = 40;
/** Below this share of the address's words found in a title (typos allowed), nothing is close. */
const MIN_COVERAGE = 0.5;

/** Segments that name a route, a file of one, or nothing at all, rather than what was looked for. */
const ROUTE_WORDS = new Set([
  "shows",
  "episodes",
  "topics",
  "search",
  "api",
  "_view",
  "chapters",
  "feed",
  "cover",
  "index",
  "sitemaps",
  "sitemap",
]);

/** Words that find everything or say nothing about an episode. */
const STOPWORDS = new Set(
  (
    "a an and are as at be by do does for from how i in into is it its my of on or the this that to " +
    "vs was we what when why with you your about episode show html htm php asp aspx www"
  ).split(" "),
);

export type ClosestQuery = {
  /** What the address asks for, lower case, in order: at most 8 words of 2 to 40 characters. */
  words: string[];
  /** The show an episode address names (/shows/<show>/…), whether or not it exists; else null. */
  show: string | null;
};

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** "Postgres_Locks" -> ["postgres", "locks"]: letters and digits, as the address's words. */
function wordsOf(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * closestQueryOf("/shows/the-backend-engineering-show/postgres-lokcs")
 *   -> { words: ["postgres", "lokcs"], show: "the-backend-engineering-show" }
 * An episode address gives its last segments (the show's name would match every episode of it); any
 * other address gives all of its words but the routes' own. Any string is safe.
 */
export function closestQueryOf(path: string): ClosestQuery {
  const pathname = path.slice(0, MAX_PATH_CHARS).split(/[?#]/)[0] ?? "";
  const segments = pathname.split("/").map(decodeSegment).filter(Boolean);
  let show: string | null = null;
  let rest = segments;
  if (segments[0] === "shows" && segments.length > 2) {
    show = segments[1]!.toLowerCase();
    rest = segments.slice(2);
  }
  const words = rest
    .map((segment) => segment.toLowerCase().replace(/\.[a-z0-9]{1,5}$/, ""))
    .filter((segment) => !ROUTE_WORDS.has(segment))
    .flatMap(wordsOf)
    .filter((word) => word.length >= 2 && word.length <= MAX_WORD_CHARS && !STOPWORDS.has(word));
  return { words: [...new Set(words)].slice(0, MAX_WORDS), show };
}

/** A word without a plural's (or a verb's) final s, to compare forms: "locks" -> "lock", "pages" -> "page". */
function stem(word: string): string {
  return word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/**
 * How well a word of the address stands for a word of a title, 0 to 1: the same word 1, the same
 * stem 0.95, the start of the title's word 0.85 ("postg" for "postgres"), a longer form of it 0.75
 * ("locking" for "lock"), a typo of it 1 - edits / length ("lokcs" for "locks": 0.8), else 0. A typo
 * keeps the first letter, as the search's own corrections assume (lib/search/suggest.ts): "async" is no
 * typo of "fsync".
 */
export function wordSimilarity(asked: string, word: string): number {
  if (asked === word) return 1;
  if (stem(asked) === stem(word)) return 0.95;
  if (asked.length >= 3 && word.startsWith(asked)) return 0.85;
  if (word.length >= 4 && asked.startsWith(word)) return 0.75;
  if (asked.length < 4 || asked[0] !== word[0]) return 0;
  const max = asked.length <= 5 ? 1 : 2;
  const distance = editDistance(asked, word, max);
  return distance > max ? 0 : 1 - distance / Math.max(asked.length, word.length);
}

/** Letter triples of the words, each word padded so its start and end count: "tls" -> " tl", "tls", "ls ". */
function trigrams(words: string[]): Set<string> {
  const grams = new Set<string>();
  for (const word of words) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/** Dice's coefficient of two sets of trigrams: 1 for the same, 0 for nothing shared. */
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** The share of the address's words found among `words`, 0 to 1, each by its best wordSimilarity. */
function coverage(asked: string[], words: string[]): number {
  const found = asked.map((word) => Math.max(0, ...words.map((other) => wordSimilarity(word, other))));
  return found.reduce((sum, score) => sum + score, 0) / asked.length;
}

/**
 * The candidates close enough to the address, best first, at most `limit`. A title is close when,
 * on average, the address's words are found in it (or its slug) with a score of MIN_COVERAGE or more;
 * among close titles the one most like the whole address (trigrams) and then one of the show the
 * address names come first.
 */
export function rankClosest(
  query: ClosestQuery,
  candidates: ClosestCandidate[],
  limit = CLOSEST_LIMIT,
): ClosestEpisode[] {
  if (query.words.length === 0) return [];
  const asked = trigrams(query.words);
  return candidates
    .map((candidate, order) => {
      const found = coverage(query.words, [...wordsOf(candidate.title), ...wordsOf(candidate.slug)]);
      const likeness = dice(asked, trigrams(wordsOf(candidate.slug)));
      const sameShow = candidate.showSlug === query.show ? 0.02 : 0;
      return { candidate, found, order, score: 0.75 * found + 0.25 * likeness + sameShow };
    })
    .filter((scored) => scored.found >= MIN_COVERAGE)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ candidate }) => ({
      show: { slug: candidate.showSlug, name: candidate.showName },
      slug: candidate.slug,
      title: candidate.title,
      url: episodePath(candidate.showSlug, candidate.slug),
    }));
}

/**
 * The topics whose name or slug is close to the address, best first, at most CLOSEST_TOPIC_LIMIT:
 * rankTopics({ words: ["netwrking"], show: null }, topics) -> [{ slug: "networking", name: "Networking and TCP" }]
 */
export function rankTopics(query: ClosestQuery, topics: TopicLink[]): TopicLink[] {
  if (query.words.length === 0) return [];
  return topics
    .map((topic, order) => ({
      topic,
      order,
      found: coverage(query.words, [...wordsOf(topic.name), ...wordsOf(topic.slug)]),
    }))
    .filter((scored) => scored.found >= MIN_COVERAGE)
    .sort((a, b) => b.found - a.found || a.order - b.order)
    .slice(0, CLOSEST_TOPIC_LIMIT)
    .map(({ topic }) => topic);
}

// The site's client, imported on first use as lib/search/search.ts does: tests pass their own.
async function siteClient(): Promise<PrismaClient> {
  return (await import("@/lib/db/client")).db;
}

/**
 * searchClosestEpisodes("/shows/the-backend-engineering-show/postgres-lokcs")
 *   -> { query: "postgres lokcs", episodes: [{ slug: "all-postgres-locks-explained-a-deep-dive", … }, …], topics: [] }
 * Two statements whatever the catalog's size (the candidates; the taxonomy, a short fixed list); an
 * address of no words costs none.
 */
export async function searchClosestEpisodes(
  path: string,
  client?: PrismaClient,
  limit = CLOSEST_LIMIT,
): Promise<ClosestResult> {
  const query = closestQueryOf(path);
  if (query.words.length === 0) return { query: "", episodes: [], topics: [] };
  const db = client ?? (await siteClient());
  const state = await catalogStateOf(db);
  const spellings = query.words.map((word) => {
    const corrected = correctWord(word, state.vocabulary);
    return corrected ? [word, corrected] : [word];
  });
  const [candidates, topics] = await Promise.all([
    closestCandidates(db, spellings, CANDIDATES),
    db.topic.findMany({ select: { slug: true, name: true }, orderBy: { position: "asc" } }),
  ]);
  return {
    query: query.words.join(" "),
    episodes: rankClosest(query, candidates, limit),
    topics: rankTopics(query, topics),
  };
}
