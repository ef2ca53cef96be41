// The Open Graph card of an episode page, drawn once per episode at build time.
import { ImageResponse } from "next/og";
import { OgEpisodeCard, ogSize } from "@/components/ui/og-card";
import { getEpisodeBySlug, listEpisodeSlugs } from "@/lib/db/episodes";
import { getShow } from "@/lib/db/show";
import { ogEpisodeFacts } from "@/lib/feeds/og-text";
import { siteName } from "@/lib/site/site-name";

export const alt = "The episode’s title, show, chapter count and duration";
export const size = ogSize;
export const contentType = "image/png";
export const dynamicParams = false;

export async function generateStaticParams() {
  return listEpisodeSlugs();
}

export default async function Image(props: { params: Promise<{ slug: string }> }) {
  const { slug } = await props.params;
  const [episode, show] = await Promise.all([getEpisodeBySlug(slug), getShow()]);
  if (!episode) return new Response("Not Found", { status: 404 });
  const facts = ogEpisodeFacts({
    chapterCount: episode.chapters.length,
    durationSeconds: episode.durationSeconds,
    durationPrecision: episode.durationPrecision,
  });
  return new ImageResponse(
    <OgEpisodeCard showName={siteName(show)} title={episode.title} facts={facts} />,
    size,
  );
}
