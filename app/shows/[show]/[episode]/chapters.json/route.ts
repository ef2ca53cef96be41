// GET /shows/<show>/<episode>/chapters.json — Podcasting 2.0 JSON chapters: prerendered for the newest
// episodes with chapters, any other made on its first request and cached until the next import; an
// unknown show or slug, or an episode without chapters, is a 404.
import { getEpisode } from "@/lib/db/episodes";
import { withCatalog } from "@/lib/db/client";
import { listPrerenderedEpisodes } from "@/lib/db/prerender";
import { siteUrl } from "@/lib/env";
import { buildChaptersJson, CHAPTERS_CONTENT_TYPE } from "@/lib/feeds/chapters-json";

export const dynamic = "force-static";

export function generateStaticParams() {
  return listPrerenderedEpisodes({ withChapters: true });
}

export function GET(_request: Request, context: { params: Promise<{ show: string; episode: string }> }) {
  return withCatalog(async () => {
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
  });
}
