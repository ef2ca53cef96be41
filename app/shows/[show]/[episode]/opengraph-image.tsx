// The Open Graph card of an episode page, with its show's name: drawn at build time for the newest
// episodes, for any other on its first request, then cached until the next import.
import { ImageResponse } from "next/og";
import { OgEpisodeCard, ogSize } from "@/components/ui/og-card";
import { getEpisode } from "@/lib/db/episodes";
import { listPrerenderedEpisodes } from "@/lib/db/prerender";
import { ogEpisodeFacts } from "@/lib/feeds/og-text";

export const alt = "The episode’s title, show, chapter count and duration";
export const size = ogSize;
export const contentType = "image/png";

export function generateStaticParams() {
  return listPrerenderedEpisodes();
}

export default async function Image(props: { params: Promise<{ show: string; episode: string }> }) {
  const { show, episode: slug } = await props.params;
  const episode = await getEpisode(show, slug);
  if (!episode) return new Response("Not Found", { status: 404 });
  const facts = ogEpisodeFacts({
    chapterCount: episode.chapters.length,
    durationSeconds: episode.durationSeconds,
    durationPrecision: episode.durationPrecision,
  });
  return new ImageResponse(
    <OgEpisodeCard showName={episode.show.name} title={episode.title} facts={facts} />,
    size,
  );
}
