// schema.org JSON-LD for an episode page: PodcastEpisode with one Clip per chapter, a SeekToAction
// for `?t=` deep links and, when the YouTube id is known, the VideoObject (else the AudioObject). Pure: plain values in,
// a JSON-ready object out; components/episode/json-ld.tsx renders it.
import type { DatePrecision } from "@/lib/catalog/schema";
import { isoDate, isoDuration } from "@/lib/site/format";
import { embedUrl, thumbnailUrl } from "@/lib/site/youtube";
import { chapterSpans } from "./chapter-spans";
import { episodeUrl, feedUrl, showUrl } from "./urls";

export type JsonLdObject = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | null | JsonLdObject | JsonLdValue[];

export type EpisodeJsonLdInput = {
  siteUrl: string;
  /** The show the episode belongs to: its series, and the first segment of its URLs. */
  show: { slug: string; name: string };
  slug: string;
  title: string;
  /** Plain text. */
  description: string | null;
  publishedAt: Date | null;
  /** A date known to the month is written "2025-05" (an ISO 8601 reduced-precision date). */
  publishedPrecision: DatePrecision | null;
  durationSeconds: number | null;
  youtubeId: string | null;
  chapters: { startSeconds: number; title: string }[];
  /** The audio file (from an imported feed): an AudioObject when there is no video. */
  audio?: { url: string; type: string | null } | null;
};

/** buildEpisodeJsonLd(input) -> { "@context": "https://schema.org", "@type": "PodcastEpisode", … } */
export function buildEpisodeJsonLd(input: EpisodeJsonLdInput): JsonLdObject {
  const url = episodeUrl(input.siteUrl, input.show.slug, input.slug);
  const clips = chapterSpans(input.chapters, input.durationSeconds).map(({ chapter, end }): JsonLdObject => ({
    "@type": "Clip",
    name: chapter.title,
    startOffset: chapter.startSeconds,
    ...(end !== null ? { endOffset: end } : {}),
    url: episodeUrl(input.siteUrl, input.show.slug, input.slug, chapter.startSeconds),
  }));

  const episode: JsonLdObject = {
    "@context": "https://schema.org",
    "@type": "PodcastEpisode",
    "@id": url,
    name: input.title,
    url,
    ...(input.description ? { description: input.description } : {}),
    ...(input.publishedAt ? { datePublished: isoDate(input.publishedAt, input.publishedPrecision) } : {}),
    ...(input.durationSeconds !== null ? { timeRequired: isoDuration(input.durationSeconds) } : {}),
    partOfSeries: {
      "@type": "PodcastSeries",
      name: input.show.name,
      url: showUrl(input.siteUrl, input.show.slug),
      webFeed: feedUrl(input.siteUrl, input.show.slug),
    },
    potentialAction: {
      "@type": "SeekToAction",
      target: `${url}?t={seek_to_second_number}`,
      "startOffset-input": "required name=seek_to_second_number",
    },
  };
  if (clips.length > 0) episode.hasPart = clips;
  if (input.youtubeId) {
    episode.associatedMedia = {
      "@type": "VideoObject",
      name: input.title,
      ...(input.description ? { description: input.description } : {}),
      thumbnailUrl: thumbnailUrl(input.youtubeId),
      ...(input.publishedAt ? { uploadDate: isoDate(input.publishedAt, input.publishedPrecision) } : {}),
      embedUrl: embedUrl(input.youtubeId),
      ...(input.durationSeconds !== null ? { duration: isoDuration(input.durationSeconds) } : {}),
    };
  } else if (input.audio) {
    episode.associatedMedia = {
      "@type": "AudioObject",
      name: input.title,
      contentUrl: input.audio.url,
      ...(input.audio.type ? { encodingFormat: input.audio.type } : {}),
      ...(input.durationSeconds !== null ? { duration: isoDuration(input.durationSeconds) } : {}),
    };
  }
  return episode;
}

/**
 * JSON for inside `<script type="application/ld+json">`: `</` becomes `<\/` and `<!--` becomes
 * `\u003c!--`, so no string in the data can end the script or open an HTML comment; still valid JSON.
 * serializeJsonLd({ name: "</script>" }) -> '{"name":"<\/script>"}'
 */
export function serializeJsonLd(data: JsonLdValue): string {
  return JSON.stringify(data)
    .replace(/<\//g, "<\\/")
    .replace(/<!--/g, "\\u003c!--")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
