// The Open Graph card of an episode page, drawn once per episode at build time, with its show's name.
import { ImageResponse } from "next/og";
import { OgEpisodeCard, ogSize } from "@/components/ui/og-card";
import { getEpisode, listEpisodeSlugs } from "@/lib/db/episodes";
import { ogEpisodeFacts } from "@/lib/feeds/og-text";

export const alt = "The episode’s title, show, chapter count and duration";
export const size = ogSize;
export const contentType = "image/png";
export const dynamicParams = false;

export async function generateStaticParams() {
  const episodes = await listEpisodeSlugs();
  return episodes.map(({ show, slug }) => ({ show, episode: slug }));
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
