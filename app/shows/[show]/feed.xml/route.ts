// GET /shows/<show>/feed.xml: a show's podcast RSS feed, prerendered at build for the first shows, for
// any other made on its first request; cached until the next import. An unknown show is a 404.
import { listFeedEpisodes } from "@/lib/db/episodes";
import { withCatalog } from "@/lib/db/client";
import { listPrerenderedShows } from "@/lib/db/prerender";
import { getShowBySlug } from "@/lib/db/show";
import { siteUrl } from "@/lib/env";
import { buildRss, feedAudio } from "@/lib/feeds/rss";
import { chaptersUrl, coverUrl, episodeGuid, episodeUrl, feedUrl, showUrl } from "@/lib/feeds/urls";

export const dynamic = "force-static";

export function generateStaticParams() {
  return listPrerenderedShows();
}

export function GET(_request: Request, context: { params: Promise<{ show: string }> }) {
  return withCatalog(async () => {
    const slug = (await context.params).show;
    const [show, episodes] = await Promise.all([getShowBySlug(slug), listFeedEpisodes(slug)]);
    if (!show) return new Response("Not Found", { status: 404 });
    const xml = buildRss(
      {
        title: show.name,
        link: showUrl(siteUrl, show.slug),
        description: show.description ?? `Episodes of ${show.name}, with their chapters and links.`,
        author: show.author,
        // The show's own artwork when its sources give one; else the cover drawn from its name.
        imageUrl: show.artworkUrl ?? coverUrl(siteUrl, show.slug),
        feedUrl: feedUrl(siteUrl, show.slug),
        language: "en",
      },
      episodes.map((episode) => ({
        guid: episodeGuid(episode.slug),
        title: episode.title,
        link: episodeUrl(siteUrl, show.slug, episode.slug),
        description: episode.description,
        publishedAt: episode.publishedAt,
        durationSeconds: episode.durationSeconds,
        chaptersUrl: episode.chapterCount > 0 ? chaptersUrl(siteUrl, show.slug, episode.slug) : null,
        audio: feedAudio(episode),
      })),
    );
    return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
  });
}
