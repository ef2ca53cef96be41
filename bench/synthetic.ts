// Synthetic catalogs for the benchmarks: N episodes recombined from the real ones (titles, title
// fragments, description sentences, chapter lists with their real titles, sub-points and times), so
// term frequencies look like the real catalog's, optionally spread over K shows (the scale benchmark).
// Pure and deterministic: same source + size + shows + seed, same catalog. Not a model of a real
// show's growth: the vocabulary stays the real catalog's.
import { slugify } from "@/lib/ingest/slugs";
import type { Catalog, CatalogEpisode, CatalogShow } from "@/lib/catalog/schema";

/** Bump when the output changes, so the benchmarks re-import the stored catalogs. */
export const GENERATOR_VERSION = 2;

export type GenerateOptions = {
  /** Seed of the PRNG; the default is the one every stored catalog was generated with. */
  seed?: number;
  /**
   * Spread the episodes round-robin over this many shows: the source's default show first, then
   * synthetic ones (syntheticShow). Without it every episode keeps its source episode's show, as in
   * the one-show catalogs of the search benchmark.
   */
  shows?: number;
};

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

/** syntheticShow(7, 100) -> { slug: "synthetic-show-007", name: "Synthetic Show 007", isDefault: false, … } */
export function syntheticShow(number: number, count: number): CatalogShow {
  const label = String(number).padStart(Math.max(2, String(count).length), "0");
  return {
    slug: `synthetic-show-${label}`,
    name: `Synthetic Show ${label}`,
    author: `Host ${label}`,
    description: `Synthetic show ${label} of ${count}, generated for the scale benchmark.`,
    links: [],
    artworkUrl: null,
    feedUrl: null,
    youtubeChannel: null,
    isDefault: false,
  };
}

/** The shows of a K-show catalog: the source's default show (the only default), then K-1 synthetic ones. */
function spreadShows(source: Catalog, count: number): CatalogShow[] {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`shows must be a positive integer, not ${count}`);
  const first = source.shows.find((show) => show.isDefault) ?? source.shows[0];
  if (!first) throw new Error("the source catalog has no show");
  const shows = [{ ...first, isDefault: true }];
  for (let number = 2; number <= count; number += 1) shows.push(syntheticShow(number, count));
  return shows;
}

/**
 * generateCatalog(realCatalog, 1000) -> a Catalog of 1000 episodes with unique slugs;
 * generateCatalog(realCatalog, 20000, { shows: 10 }) -> 20000 episodes, 2000 in each of 10 shows.
 */
export function generateCatalog(source: Catalog, size: number, options: GenerateOptions = {}): Catalog {
  const seed = options.seed ?? 20261124;
  const random = createRandom(seed ^ size);
  // Round-robin, so the PRNG draws (and so every episode) are the same as without shows.
  const shows = options.shows === undefined ? null : spreadShows(source, options.shows);
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
      show: shows ? shows[index % shows.length]!.slug : base.show,
      title,
      displayTitle: title,
      titleSource: "source",
      description: description.text,
      chapters,
      links: description.keepsLinks ? base.links.map(({ targetSlug, ...link }) => link) : [],
      sources: base.sources,
      topics: [...topics.values()].sort((a, b) => b.score - a.score),
      publishedAt: day,
      publishedPrecision: "day",
      durationSeconds: duration,
      durationPrecision: "second",
      youtubeId,
      youtubeIdConfidence: youtubeId ? "synthetic" : null,
      factSources: {},
    });
  }
  return {
    shows: shows ?? source.shows,
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
