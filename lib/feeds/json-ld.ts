// schema.org JSON-LD for an episode page: PodcastEpisode with one Clip per chapter, a SeekToAction
// for `?t=` deep links and, when the YouTube id is known, the VideoObject (else the AudioObject). Pure: plain values in,
// a JSON-ready object out; components/episode/json-ld.tsx renders it.
import { chapterSpans } from "./chapter-spans";
import { episodeUrl, feedUrl, homeUrl } from "./urls";

export type JsonLdObject = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | null | JsonLdObject | JsonLdValue[];

export type EpisodeJsonLdInput = {
  siteUrl: string;
  showName: string;
  slug: string;
  title: string;
  /** Plain text. */
  description: string | null;
  publishedAt: Date | null;
  durationSeconds: number | null;
  youtubeId: string | null;
  chapters: { startSeconds: number; title: string }[];
  /** The audio file (from an imported feed): an AudioObject when there is no video. */
  audio?: { url: string; type: string | null } | null;
};

/** isoDuration(2799) -> "PT46M39S"; isoDuration(3600) -> "PT1H"; isoDuration(0) -> "PT0S" */
export function isoDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (seconds === 0) return "PT0S";
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s ? `${s}S` : ""}`;
}

/** The calendar day as schema.org Date: "2025-10-03". */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** buildEpisodeJsonLd(input) -> { "@context": "https://schema.org", "@type": "PodcastEpisode", … } */
export function buildEpisodeJsonLd(input: EpisodeJsonLdInput): JsonLdObject {
  const url = episodeUrl(input.siteUrl, input.slug);
  const clips = chapterSpans(input.chapters, input.durationSeconds).map(({ chapter, end }): JsonLdObject => ({
    "@type": "Clip",
    name: chapter.title,
    startOffset: chapter.startSeconds,
    ...(end !== null ? { endOffset: end } : {}),
    url: episodeUrl(input.siteUrl, input.slug, chapter.startSeconds),
  }));

  const episode: JsonLdObject = {
    "@context": "https://schema.org",
    "@type": "PodcastEpisode",
    "@id": url,
    name: input.title,
    url,
    ...(input.description ? { description: input.description } : {}),
    ...(input.publishedAt ? { datePublished: isoDay(input.publishedAt) } : {}),
    ...(input.durationSeconds !== null ? { timeRequired: isoDuration(input.durationSeconds) } : {}),
    partOfSeries: {
      "@type": "PodcastSeries",
      name: input.showName,
      url: homeUrl(input.siteUrl),
      webFeed: feedUrl(input.siteUrl),
    },
    potentialAction: {
      "@type": "SeekToAction",
      target: `${url}?t={seek_to_second_number}`,
      "startOffset-input": "required name=seek_to_second_number",
    },
  };
  if (clips.length > 0) episode.hasPart = clips;
  if (input.youtubeId) {
    const id = encodeURIComponent(input.youtubeId);
    episode.associatedMedia = {
      "@type": "VideoObject",
      name: input.title,
      ...(input.description ? { description: input.description } : {}),
      thumbnailUrl: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
      ...(input.publishedAt ? { uploadDate: isoDay(input.publishedAt) } : {}),
      embedUrl: `https://www.youtube-nocookie.com/embed/${id}`,
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
