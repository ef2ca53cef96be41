// Synthetic catalogs for the search benchmark: N episodes recombined from the real ones (titles, title
// fragments, description sentences, chapter lists with their real titles, sub-points and times), so
// term frequencies look like the real catalog's. Pure and deterministic: same source + size + seed,
// same catalog. Not a model of a real show's growth: the vocabulary stays the real catalog's.
import { slugify } from "@/lib/ingest/slugs";
import type { Catalog, CatalogEpisode } from "@/lib/catalog/schema";

/** Bump when the output changes, so `npm run bench` re-imports the stored catalogs. */
export const GENERATOR_VERSION = 1;

/** mulberry32: small, fast, good enough to pick things; seeded so every run generates the same data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}

const URL_LINE = /https?:\/\/|www\./;

/** "A: b - c and d" -> ["A", "b", "c", "d"]: the pieces real titles are made of. */
function titleFragments(title: string): string[] {
  return title
    .split(/\s*(?::|\s[-–—|]\s|\?|,|\band\b|\bvs\.?\b)\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 3);
}

/** Prose sentences of a description (its first paragraphs without URLs). */
function sentences(description: string): string[] {
  return description
    .split("\n")
    .filter((line) => !URL_LINE.test(line) && line.split(" ").length >= 4)
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Description lines that are not prose (link lines, "Links", course plugs), kept as the source has them. */
function extraLines(description: string): string[] {
  return description.split("\n").filter((line) => URL_LINE.test(line) || line.split(" ").length < 4);
}

const YOUTUBE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3985; // up to the end of November 2025

/** generateCatalog(realCatalog, 1000) -> a Catalog of 1000 episodes with unique slugs. */
export function generateCatalog(source: Catalog, size: number, seed = 20261124): Catalog {
  const random = createRandom(seed ^ size);
  const real = source.episodes.filter((episode) => episode.chapters.length > 0 || episode.description);
  if (real.length === 0) throw new Error("the source catalog has no episodes to recombine");
  const fragments = real.flatMap((episode) => titleFragments(episode.displayTitle));
  const sentencePool = real.flatMap((episode) => sentences(episode.description));

  const makeTitle = (base: CatalogEpisode): string => {
    const roll = random.next();
    if (roll < 0.35 || fragments.length < 2) return base.displayTitle;
    if (roll < 0.7) {
      const first = random.pick(titleFragments(base.displayTitle).concat(base.displayTitle));
      return `${first}${random.pick([": ", " and ", " - ", " vs "])}${random.pick(fragments)}`;
    }
    const words = base.displayTitle.split(" ");
    const other = random.pick(real).displayTitle.split(" ");
    const head = words.slice(0, 1 + random.int(words.length));
    const tail = other.slice(random.int(other.length));
    return [...head, ...tail].join(" ");
  };

  const makeDescription = (base: CatalogEpisode): { text: string; keepsLinks: boolean } => {
    const own = sentences(base.description);
    const kept = own.slice(0, Math.max(1, Math.ceil(own.length / 2)));
    const added = Array.from({ length: 1 + random.int(3) }, () => random.pick(sentencePool));
    const keepsLinks = random.chance(0.5);
    const lines = [[...kept, ...added].filter(Boolean).join(" ")];
    if (keepsLinks) lines.push(...extraLines(base.description));
    return { text: lines.join("\n").trim(), keepsLinks };
  };

  const makeChapters = (base: CatalogEpisode, other: CatalogEpisode) => {
    if (random.chance(0.5) || base.chapters.length === 0) return base.chapters;
    const head = base.chapters.slice(0, 1 + random.int(base.chapters.length));
    const last = head.at(-1)!.start;
    return [...head, ...other.chapters.filter((chapter) => chapter.start > last)];
  };

  const episodes: CatalogEpisode[] = [];
  for (let index = 0; index < size; index += 1) {
    const base = random.pick(real);
    const other = random.pick(real);
    const title = makeTitle(base);
    const description = makeDescription(base);
    const picked = makeChapters(base, other);
    const chapters = picked.map((chapter) => ({ ...chapter }));
    const topics = new Map(base.topics.map((topic) => [topic.slug, topic]));
    if (picked !== base.chapters) {
      for (const topic of other.topics) if (!topics.has(topic.slug)) topics.set(topic.slug, topic);
    }
    const lastStart = chapters.at(-1)?.start ?? 0;
    const duration =
      base.durationSeconds && base.durationSeconds > lastStart ? base.durationSeconds : lastStart + 300;
    const day = new Date(FIRST_DAY + random.int(DAYS) * 86_400_000).toISOString().slice(0, 10);
    const youtubeId = random.chance(0.6)
      ? Array.from({ length: 11 }, () => random.pick([...YOUTUBE_ALPHABET])).join("")
      : null;
    episodes.push({
      slug: `${slugify(title, 60)}-${(index + 1).toString(36)}`,
      show: base.show,
      title,
      displayTitle: title,
      titleSource: "source",
      description: description.text,
      chapters,
      links: description.keepsLinks ? base.links.map(({ targetSlug, ...link }) => link) : [],
      sources: base.sources,
      topics: [...topics.values()].sort((a, b) => b.score - a.score),
      publishedAt: day,
      durationSeconds: duration,
      durationPrecision: "second",
      youtubeId,
      youtubeIdConfidence: youtubeId ? "synthetic" : null,
      factSources: {},
    });
  }
  return {
    shows: source.shows,
    sourceShows: [],
    topics: source.topics,
    episodes,
    issues: [],
    stats: {
      files: 0,
      parsedEpisodes: size,
      mergedDuplicates: 0,
      boilerplateLines: 0,
      factsApplied: 0,
      factsRejected: 0,
    },
  };
}
