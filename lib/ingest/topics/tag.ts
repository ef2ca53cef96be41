// Tags an episode and each of its chapters with topics from the taxonomy by looking for the topics'
// terms, weighting the title and chapter titles above the prose. Pure: no I/O, no database.
import { segmentUrls } from "@/lib/catalog/urls";
import type { TermRecord, TopicRecord } from "./taxonomy";

export type TaggableEpisode = {
  title: string;
  description: string;
  chapters: { title: string; subpoints: string[] }[];
};

export type EpisodeTags = {
  /** Best first, at most `maxTopics`. */
  topics: { slug: string; score: number }[];
  /** Per chapter (same order), the topic slugs its title names. */
  chapterTopics: string[][];
};

/**
 * A topic's terms as patterns: one per term that counts anywhere (the description counts distinct
 * terms), and one alternation over all terms for titles.
 */
export type CompiledTopic = { slug: string; prose: RegExp[]; titles: RegExp | null };

export const WEIGHTS = { title: 6, chapterTitle: 3, subpoint: 1, description: 1 } as const;
/** Distinct terms in the description count up to this many: a long text cannot dominate. */
export const MAX_DESCRIPTION_HITS = 3;
/** A topic needs this score to be kept: a title hit, a chapter-title hit, or repeated mentions. */
export const MIN_SCORE = 3;
/**
 * A topic the episode title does not name must also reach this share of the best topic's score, so a
 * chapter on a side subject does not file a long episode under it (the chapter still carries it).
 */
export const RELATIVE_SCORE = 0.35;
export const MAX_TOPICS = 4;

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * termPattern("io_uring") -> "io[\s_-]*uring(?:e?s)?": separators inside a term match a space, hyphen,
 * underscore or nothing ("zero copy", "zero-copy", "zerocopy"); a plural ending is allowed.
 */
export function termPattern(term: string): string {
  const words = term
    .trim()
    .split(/[\s_-]+/)
    .filter(Boolean);
  const body = words.map(escape).join("[\\s_-]*");
  // "proxy" -> "proxies"
  const last = words.at(-1) ?? "";
  if (/[^aeiou]y$/i.test(last)) {
    const stem = [...words.slice(0, -1), last.slice(0, -1)].map(escape).join("[\\s_-]*");
    return `(?:${body}s?|${stem}ies)`;
  }
  return `${body}(?:e?s)?`;
}

function compileTerms(terms: TermRecord[]): RegExp | null {
  if (terms.length === 0) return null;
  // Longest first, so "HTTP/3" wins over "HTTP" at the same position.
  const alternatives = terms
    .map((entry) => entry.term)
    .sort((a, b) => b.length - a.length)
    .map(termPattern);
  // Letters, digits and "_" continue a word: "TLS" is not found in "ktls" nor in "TLS_HW".
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}_])`, "iu");
}

/** The patterns of each topic, in taxonomy order. */
export function compileTopics(taxonomy: TopicRecord[]): CompiledTopic[] {
  return taxonomy.map((topic) => ({
    slug: topic.slug,
    prose: topic.terms
      .filter((term) => term.where === "anywhere")
      .flatMap((term) => compileTerms([term]) ?? []),
    titles: compileTerms(topic.terms),
  }));
}

function inTitle(topic: CompiledTopic, title: string): boolean {
  return topic.titles?.test(title) ?? false;
}

/** How many of the topic's anywhere-terms the text uses (each counts once however often it recurs). */
function distinctTerms(topic: CompiledTopic, text: string): number {
  return topic.prose.filter((pattern) => pattern.test(text)).length;
}

/**
 * The description as prose: URLs and the host's course promotions (`promoPhrases`, from the show's
 * rules) removed, so "https://databases.win" or "Backend Troubleshooting Course" say nothing about the
 * episode's subject.
 */
export function proseOf(description: string, promoPhrases: readonly RegExp[]): string {
  return description
    .split("\n")
    .map((line) =>
      segmentUrls(line)
        .map((segment) => (segment.kind === "url" ? " " : segment.text))
        .join(""),
    )
    .map((line) => promoPhrases.reduce((text, phrase) => text.replace(new RegExp(phrase, "gi"), " "), line))
    .join("\n");
}

export type TopicScore = {
  slug: string;
  score: number;
  /** The episode title names the topic. */
  inTitle: boolean;
  /** How many chapter titles name it. */
  chapters: number;
};

/** Every topic's score for the episode, in taxonomy order (zeros included). */
export function scoreEpisode(
  episode: TaggableEpisode,
  compiled: CompiledTopic[],
  promoPhrases: readonly RegExp[] = [],
): TopicScore[] {
  const prose = proseOf(episode.description, promoPhrases);
  return compiled.map((topic) => {
    const titled = inTitle(topic, episode.title);
    let score = titled ? WEIGHTS.title : 0;
    let chapters = 0;
    for (const chapter of episode.chapters) {
      if (inTitle(topic, chapter.title)) {
        score += WEIGHTS.chapterTitle;
        chapters += 1;
      }
      if (distinctTerms(topic, chapter.subpoints.join("\n")) > 0) score += WEIGHTS.subpoint;
    }
    score += WEIGHTS.description * Math.min(distinctTerms(topic, prose), MAX_DESCRIPTION_HITS);
    return { slug: topic.slug, score, inTitle: titled, chapters };
  });
}

/**
 * Whether a scored topic files the episode: the title names it, or it scores enough and is not a side
 * subject. An episode with chapters is filed by what its chapter titles name: two of them, or one that
 * sub-points or the description back up. Prose alone mentions much in passing, and one chapter on a
 * side subject is a moment of the topic, not an episode about it.
 */
function files(entry: TopicScore, best: number, hasChapters: boolean): boolean {
  if (entry.inTitle) return true;
  if (entry.score < MIN_SCORE || entry.score < RELATIVE_SCORE * best) return false;
  if (!hasChapters) return true;
  const support = entry.score - entry.chapters * WEIGHTS.chapterTitle;
  return entry.chapters >= 2 || (entry.chapters === 1 && support >= 2);
}

/** tagEpisode({ title: "All Postgres Locks Explained", … }, compiled) -> { topics: [{ slug: "postgresql", … }], … } */
export function tagEpisode(
  episode: TaggableEpisode,
  compiled: CompiledTopic[],
  promoPhrases: readonly RegExp[] = [],
  maxTopics = MAX_TOPICS,
): EpisodeTags {
  const scores = scoreEpisode(episode, compiled, promoPhrases);
  const best = Math.max(0, ...scores.map((entry) => entry.score));
  const topics = scores
    .filter((entry) => files(entry, best, episode.chapters.length > 0))
    // Stable sort: equal scores keep taxonomy order, so the result never depends on the engine.
    .sort((a, b) => b.score - a.score)
    .slice(0, maxTopics)
    .map(({ slug, score }) => ({ slug, score }));
  const chapterTopics = episode.chapters.map((chapter) =>
    compiled.filter((topic) => inTitle(topic, chapter.title)).map((topic) => topic.slug),
  );
  return { topics, chapterTopics };
}
