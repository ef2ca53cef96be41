// GET /shows/<show>/<episode>/chapters.json — Podcasting 2.0 JSON chapters, prerendered for every
// episode that has chapters; any other show or slug is a 404.
import { getEpisode, listEpisodeSlugs } from "@/lib/db/episodes";
import { siteUrl } from "@/lib/env";
import { buildChaptersJson, CHAPTERS_CONTENT_TYPE } from "@/lib/feeds/chapters-json";

export const dynamicParams = false;

export async function generateStaticParams() {
  const episodes = await listEpisodeSlugs({ hasChapters: true });
  return episodes.map(({ show, slug }) => ({ show, episode: slug }));
}

export async function GET(
  _request: Request,
  context: { params: Promise<{ show: string; episode: string }> },
) {
  const { show, episode: slug } = await context.params;
  const episode = await getEpisode(show, slug);
  if (!episode || episode.chapters.length === 0) return new Response("Not Found", { status: 404 });
  const chapters = buildChaptersJson({
    siteUrl,
    show: episode.show,
    slug,
    title: episode.title,
    durationSeconds: episode.durationSeconds,
    chapters: episode.chapters,
  });
  return new Response(`${JSON.stringify(chapters, null, 2)}\n`, {
    headers: { "Content-Type": CHAPTERS_CONTENT_TYPE, "Access-Control-Allow-Origin": "*" },
  });
}
