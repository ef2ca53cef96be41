// Structured data for search engines: a <script type="application/ld+json"> with the JSON escaped so
// no value can close the script. episodeJsonLd shapes an episode page's PodcastEpisode.
import type { EpisodeDetail } from "@/lib/db/episodes";
import { summarize } from "@/lib/catalog/summary";
import { renderDescription, type Block, type DescriptionContext, type Span } from "@/lib/site/description";
import { siteUrl } from "@/lib/env";
import { buildEpisodeJsonLd, serializeJsonLd, type JsonLdObject } from "@/lib/feeds/json-ld";

export function JsonLd({ data }: { data: JsonLdObject }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

const spanText = (spans: Span[]) => spans.map((span) => (span.type === "text" ? span.text : "")).join("");

/** The episode's own words (not the host's promotions), trimmed to a few sentences. */
function plainSummary(description: string, context: DescriptionContext): string | null {
  const text = renderDescription(description, context)
    .body.map((block: Block) =>
      block.type === "paragraph" ? spanText(block.spans) : block.items.map(spanText).join(" "),
    )
    .join(" ");
  return summarize(text, 300);
}

/** The PodcastEpisode (with chapter Clips, SeekToAction and the video or audio when known) of an episode page. */
export function episodeJsonLd(
  episode: Pick<
    EpisodeDetail,
    | "show"
    | "slug"
    | "title"
    | "description"
    | "publishedAt"
    | "publishedPrecision"
    | "durationSeconds"
    | "youtubeId"
    | "audioUrl"
    | "audioType"
    | "chapters"
    | "links"
  >,
  promotions: readonly string[],
): JsonLdObject {
  return buildEpisodeJsonLd({
    siteUrl,
    show: episode.show,
    slug: episode.slug,
    title: episode.title,
    description: plainSummary(episode.description, { links: episode.links, promotions }),
    publishedAt: episode.publishedAt,
    publishedPrecision: episode.publishedPrecision,
    durationSeconds: episode.durationSeconds,
    youtubeId: episode.youtubeId,
    audio: episode.audioUrl ? { url: episode.audioUrl, type: episode.audioType } : null,
    chapters: episode.chapters,
  });
}
