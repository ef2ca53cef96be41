// GET /episodes/<slug>/chapters.json — Podcasting 2.0 JSON chapters, prerendered for every episode
// that has chapters; any other slug is a 404.
import { getEpisodeBySlug, listEpisodeSlugs } from "@/lib/db/episodes";
import { getShow } from "@/lib/db/show";
import { siteUrl } from "@/lib/env";
import { buildChaptersJson, CHAPTERS_CONTENT_TYPE } from "@/lib/feeds/chapters-json";

export const dynamicParams = false;

export async function generateStaticParams() {
  const episodes = await listEpisodeSlugs({ hasChapters: true });
  return episodes.map(({ slug }) => ({ slug }));
}

export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const [episode, show] = await Promise.all([getEpisodeBySlug(slug), getShow()]);
  if (!episode || episode.chapters.length === 0) return new Response("Not Found", { status: 404 });
  const chapters = buildChaptersJson({
    siteUrl,
    slug,
    title: episode.title,
    podcastName: show?.name ?? null,
    durationSeconds: episode.durationSeconds,
    chapters: episode.chapters,
  });
  return new Response(`${JSON.stringify(chapters, null, 2)}\n`, {
    headers: { "Content-Type": CHAPTERS_CONTENT_TYPE, "Access-Control-Allow-Origin": "*" },
  });
}
