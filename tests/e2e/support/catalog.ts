// What the e2e catalog holds (playwright.config.ts e2eImportArgs: data/sources plus
// tests/e2e/fixtures/sources), read from those files: two shows, and the counts the specs check.
// Paths are built with lib/site/routes.ts, as the site builds them.
import { episodePath, showPath } from "@/lib/site/routes";

/** The seed show (data/shows/the-backend-engineering-show.json), the catalog's default show. */
export const seedShow = {
  slug: "the-backend-engineering-show",
  name: "The Backend Engineering Show with Hussein Nasser",
  host: "Hussein Nasser",
  /** 56 seed episodes plus the undated one of tests/e2e/fixtures/sources/hostile.txt. */
  episodeCount: 57,
  /** data/episode-facts.json gives 22 episodes a YouTube id. */
  videoCount: 22,
  /** 41 seed episodes have chapters, and the hostile one has 4. */
  chapteredCount: 42,
} as const;

/** tests/e2e/fixtures/sources/kernel-notes.xml: a feed whose channel title makes it its own show. */
export const otherShow = {
  slug: "kernel-notes",
  name: "Kernel Notes",
  host: "Mira Okafor",
  episodeCount: 4,
  /** Newest first, as the show's list and feed order them. */
  episodes: [
    { slug: "page-tables", title: "Page Tables", publishedAt: "2026-04-21", chapterCount: 4 },
    {
      slug: "inside-the-scheduler",
      title: "Inside the scheduler",
      publishedAt: "2026-03-10",
      chapterCount: 4,
    },
    {
      slug: "interrupts-and-softirqs",
      title: "Interrupts and softirqs",
      publishedAt: "2026-02-10",
      chapterCount: 0,
    },
    {
      slug: "why-this-podcast-exists",
      title: "Why this podcast exists",
      publishedAt: "2025-11-04",
      chapterCount: 0,
    },
  ],
} as const;

/** Every episode of the catalog, across shows. */
export const catalogEpisodeCount = seedShow.episodeCount + otherShow.episodeCount;

/** The seed show's page: its header, episode list, filters and pagination (what "/" had with one show). */
export const seedShowPath = showPath(seedShow.slug);

/** An episode page of the seed show. */
export function seedEpisodePath(slug: string, seconds?: number) {
  return episodePath(seedShow.slug, slug, seconds);
}

/** Escapes a path for use inside a RegExp. */
export function pattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One episode in the JSON API (its old address, /api/episodes/<slug>, redirects here). */
export function apiEpisodePath(show: string, slug: string): string {
  return `/api/shows/${show}/episodes/${slug}`;
}
