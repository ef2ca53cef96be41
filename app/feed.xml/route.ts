// GET /feed.xml — the podcast RSS feed, prerendered at build (the catalog changes only on import,
// which rebuilds the site).
import { listFeedEpisodes } from "@/lib/db/episodes";
import { getShow } from "@/lib/db/show";
import { siteUrl } from "@/lib/env";
import { buildRss, feedAudio } from "@/lib/feeds/rss";
import { chaptersUrl, coverUrl, episodeGuid, episodeUrl, feedUrl, homeUrl } from "@/lib/feeds/urls";
import { siteName } from "@/lib/site/site-name";

export const dynamic = "force-static";

export async function GET() {
  const [show, episodes] = await Promise.all([getShow(), listFeedEpisodes()]);
  const title = siteName(show);
  const xml = buildRss(
    {
      title,
      link: homeUrl(siteUrl),
      description: show?.description ?? `Episodes of ${title}, with their chapters and links.`,
      author: show?.author ?? null,
      imageUrl: coverUrl(siteUrl),
      feedUrl: feedUrl(siteUrl),
      language: "en",
    },
    episodes.map((episode) => ({
      guid: episodeGuid(episode.slug),
      title: episode.title,
      link: episodeUrl(siteUrl, episode.slug),
      description: episode.description,
      publishedAt: episode.publishedAt,
      durationSeconds: episode.durationSeconds,
      chaptersUrl: episode.chapterCount > 0 ? chaptersUrl(siteUrl, episode.slug) : null,
      audio: feedAudio(episode),
    })),
  );
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
