// Podcasting 2.0 JSON chapters (version 1.2.0) for one episode. Pure; the route handler at
// app/shows/[show]/[episode]/chapters.json serves it. Sub-points are not chapters and are left out.
import { chapterSpans } from "./chapter-spans";
import { episodeUrl } from "./urls";

export const CHAPTERS_CONTENT_TYPE = "application/json+chapters";

export type PodcastChapter = {
  startTime: number;
  title: string;
  /** Our episode page at this chapter (`?t=`). */
  url: string;
  endTime?: number;
};

export type PodcastChapters = {
  version: "1.2.0";
  title: string;
  podcastName: string;
  chapters: PodcastChapter[];
};

export type ChaptersInput = {
  siteUrl: string;
  /** The episode's show: the file's podcastName, and the first segment of the chapter URLs. */
  show: { slug: string; name: string };
  slug: string;
  title: string;
  durationSeconds: number | null;
  /** In play order, as the catalog stores them (ascending starts). */
  chapters: { startSeconds: number; title: string }[];
};

/**
 * buildChaptersJson({ siteUrl, show: { slug: "s", name: "S" }, slug: "a", title: "A", durationSeconds: 90,
 *   chapters: [{ startSeconds: 0, title: "Intro" }, { startSeconds: 60, title: "End" }] })
 *   -> { version: "1.2.0", title: "A", podcastName: "S",
 *        chapters: [{ startTime: 0, endTime: 60, url: "<site>/shows/s/a?t=0", … }, { startTime: 60, endTime: 90, … }] }
 * A chapter ends where the next one starts; the last one ends at the duration when that is later.
 */
export function buildChaptersJson(input: ChaptersInput): PodcastChapters {
  const chapters = chapterSpans(input.chapters, input.durationSeconds).map(
    ({ chapter, end }): PodcastChapter => ({
      startTime: chapter.startSeconds,
      title: chapter.title,
      url: episodeUrl(input.siteUrl, input.show.slug, input.slug, chapter.startSeconds),
      ...(end !== null ? { endTime: end } : {}),
    }),
  );
  return {
    version: "1.2.0",
    title: input.title,
    podcastName: input.show.name,
    chapters,
  };
}
