// Tags an episode and each of its chapters with topics from the taxonomy by looking for the
// topics' terms, weighting the title and chapter titles above the prose. Pure.
import type { TopicRecord } from "./taxonomy";

export type TaggableEpisode = {
  title: string;
  description: string;
  chapters: { title: string; subpoints: string[] }[];
};

export type EpisodeTags = {
  /** Best first, at most `maxTopics`. */
  topics: { slug: string; score: number }[];
  /** Per chapter (same order), the topic slugs its title or sub-points mention. */
  chapterTopics: string[][];
};

const WEIGHTS = { title: 6, chapterTitle: 3, subpoint: 1, description: 1 } as const;
/** Description mentions count up to this many: a long transcript-like text cannot dominate. */
const MAX_DESCRIPTION_HITS = 3;
/** A topic needs this score to be kept: a title hit, a chapter-title hit, or repeated mentions. */
export const MIN_SCORE = 3;
export const MAX_TOPICS = 4;

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One regex per topic: any of its terms on word boundaries, case-insensitive, plural allowed. */
export function compileTopics(taxonomy: TopicRecord[]): { slug: string; pattern: RegExp }[] {
  return taxonomy.map((topic) => {
    const alternatives = [...topic.terms]
      .sort((a, b) => b.length - a.length)
      .map((term) => escape(term.trim()).replace(/\s+/g, "[\\s-]+"));
    return {
      slug: topic.slug,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}_])(?:${alternatives.join("|")})(?:e?s)?(?![\\p{L}\\p{N}_])`,
        "giu",
      ),
    };
  });
}

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  return text.match(pattern)?.length ?? 0;
}

/** tagEpisode({ title: "All Postgres Locks Explained", … }, taxonomy) -> { topics: [{ slug: "postgresql", … }] } */
export function tagEpisode(
  episode: TaggableEpisode,
  compiled: { slug: string; pattern: RegExp }[],
  maxTopics = MAX_TOPICS,
): EpisodeTags {
  const scored = compiled.map(({ slug, pattern }) => {
    let score = WEIGHTS.title * Math.min(count(pattern, episode.title), 1);
    for (const chapter of episode.chapters) {
      score += WEIGHTS.chapterTitle * Math.min(count(pattern, chapter.title), 1);
      score += WEIGHTS.subpoint * Math.min(count(pattern, chapter.subpoints.join(" ")), 1);
    }
    score += WEIGHTS.description * Math.min(count(pattern, episode.description), MAX_DESCRIPTION_HITS);
    return { slug, score };
  });
  const topics = scored
    .filter((entry) => entry.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, maxTopics);
  const chapterTopics = episode.chapters.map((chapter) =>
    compiled
      .filter(({ pattern }) => count(pattern, `${chapter.title} ${chapter.subpoints.join(" ")}`) > 0)
      .map(({ slug }) => slug),
  );
  return { topics, chapterTopics };
}
