import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChapterList } from "@/components/episode/chapter-list";
import { DescriptionBlocks } from "@/components/episode/description";
import { EpisodeLinks } from "@/components/episode/episode-links";
import { EpisodeMeta } from "@/components/episode/episode-meta";
import { episodeJsonLd, JsonLd } from "@/components/episode/json-ld";
import { ChapterLinks } from "@/components/player/chapter-links";
import { EpisodePlayer } from "@/components/player/episode-player";
import type { PlayerEpisode, PlayerMedia } from "@/components/player/player-store";
import { RelatedEpisodes } from "@/components/episode/related-episodes";
import { TopicChips } from "@/components/topic/topic-chips";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getEpisode, getNeighbours, listRelatedEpisodes } from "@/lib/db/episodes";
import { listPrerenderedEpisodes } from "@/lib/db/prerender";
import { getShowBySlug, listCoursePromotions } from "@/lib/db/show";
import { summarize } from "@/lib/catalog/summary";
import { renderDescription } from "@/lib/site/description";
import { episodePath, showPath } from "@/lib/site/routes";
import { channelSearchUrl, showChannelUrl } from "@/lib/site/youtube";

type Props = { params: Promise<{ show: string; episode: string }> };

// The newest episodes are prerendered; every other one is rendered on its first request and cached
// until the next import. An unknown show or slug is a 404.
export function generateStaticParams() {
  return listPrerenderedEpisodes();
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { show, episode: slug } = await props.params;
  const episode = await getEpisode(show, slug);
  if (!episode) return {};
  const description = summarize(episode.description) ?? `Chapters and links of “${episode.title}”.`;
  return {
    title: episode.title,
    description,
    alternates: { canonical: episodePath(show, slug) },
    openGraph: {
      type: "article",
      title: episode.title,
      description,
      url: episodePath(show, slug),
      ...(episode.publishedAt ? { publishedTime: episode.publishedAt.toISOString() } : {}),
    },
  };
}

export default async function EpisodePage(props: Props) {
  const { show: showSlug, episode: slug } = await props.params;
  const [episode, show, neighbours, related, promotions] = await Promise.all([
    getEpisode(showSlug, slug),
    getShowBySlug(showSlug),
    getNeighbours(showSlug, slug),
    listRelatedEpisodes(showSlug, slug),
    listCoursePromotions(showSlug),
  ]);
  if (!episode || !show) notFound();

  // A video not linked yet is looked for on the episode's own show's channel.
  const searchUrl = channelSearchUrl(show.youtubeChannel ?? showChannelUrl(show.links), episode.title);
  const { body, promos, shown } = renderDescription(episode.description, {
    links: episode.links,
    promotions,
  });
  const starts = episode.chapters.map((chapter) => chapter.startSeconds);
  const media: PlayerMedia | null = episode.youtubeId
    ? { kind: "video", videoId: episode.youtubeId }
    : episode.audioUrl
      ? { kind: "audio", src: episode.audioUrl }
      : null;
  // What the layout's player needs to play this episode and show its chapters in the mini-player.
  const playerEpisode: PlayerEpisode | null = media && {
    show: show.slug,
    slug: episode.slug,
    title: episode.title,
    media,
    chapters: episode.chapters.map((chapter) => ({ start: chapter.startSeconds, title: chapter.title })),
    durationSeconds: episode.durationSeconds,
  };

  return (
    <article>
      <JsonLd data={episodeJsonLd(episode, promotions)} />
      <Breadcrumbs trail={[{ name: show.name, href: showPath(show.slug) }]} current={episode.title} />
      <header className="mt-2 max-w-4xl">
        <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{episode.title}</h1>
        <EpisodeMeta episode={episode} />
        <TopicChips topics={episode.topics} className="mt-3" />
      </header>

      <ChapterLinks
        show={show.slug}
        slug={episode.slug}
        starts={starts}
        durationSeconds={episode.durationSeconds}
        episode={playerEpisode}
      />
      {/* Phones: player, chapters, then the text. Wide screens: chapters in a sticky column on the right;
          the first row keeps the player's height (auto), the second takes what the chapters need more. */}
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem] lg:grid-rows-[auto_1fr] lg:gap-x-10">
        <div className="min-w-0 lg:col-start-1">
          {playerEpisode ? (
            <EpisodePlayer
              show={show.slug}
              slug={episode.slug}
              title={episode.title}
              media={playerEpisode.media}
            />
          ) : (
            <div className="rounded-2xl border border-border bg-surface-2 p-5 sm:p-6">
              <p className="font-medium">
                Not playable here yet: no video or audio is linked to this episode.
              </p>
              <p className="mt-1 text-sm text-muted">
                {episode.chapters.length > 0
                  ? "The chapter times are listed so you can skip to them wherever you listen."
                  : "You may find it on the show’s YouTube channel."}
              </p>
              <a
                href={searchUrl}
                rel="noopener noreferrer nofollow external"
                className="mt-3 inline-flex items-center gap-1.5 rounded-full border border-border bg-surface px-4 py-2 text-sm font-medium hover:border-accent hover:text-accent-strong"
              >
                Find on YouTube
                <span aria-hidden="true">↗</span>
                <span className="sr-only">(opens youtube.com)</span>
              </a>
            </div>
          )}
        </div>

        <aside aria-labelledby="chapters-heading" className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <div className="rounded-2xl border border-border bg-surface lg:sticky lg:top-20">
            <div className="flex items-baseline justify-between border-b border-border px-4 py-3">
              <h2 id="chapters-heading" className="font-semibold tracking-tight">
                Chapters
              </h2>
              <span className="text-sm text-muted">
                {episode.chapters.length === 0 ? "none listed" : `${episode.chapters.length}`}
              </span>
            </div>
            {episode.chapters.length > 0 ? (
              <div className="p-1.5 lg:max-h-[calc(100vh-9rem)] lg:overflow-y-auto">
                <ChapterList
                  show={show.slug}
                  slug={episode.slug}
                  chapters={episode.chapters}
                  videoId={episode.youtubeId}
                  audioUrl={episode.audioUrl}
                />
              </div>
            ) : (
              <p className="px-4 py-4 text-sm text-muted">The sources list no chapters for this episode.</p>
            )}
          </div>
        </aside>

        <div className="min-w-0 lg:col-start-1">
          {body.length > 0 && (
            <section aria-labelledby="about-heading">
              <h2 id="about-heading" className="sr-only">
                About this episode
              </h2>
              <div className="max-w-prose space-y-4 leading-7 break-words">
                <DescriptionBlocks blocks={body} />
              </div>
            </section>
          )}
          {promos.length > 0 && (
            <aside
              aria-label="From the host"
              className="mt-6 max-w-prose rounded-xl bg-surface-2 p-4 text-sm"
            >
              <p className="text-xs font-semibold tracking-wide text-muted uppercase">From the host</p>
              <div className="mt-2 space-y-2 break-words">
                <DescriptionBlocks blocks={promos} />
              </div>
            </aside>
          )}
          <EpisodeLinks links={episode.links} shown={shown} show={show.slug} />
          {episode.mentionedBy.length > 0 && (
            <section aria-labelledby="mentioned-heading" className="mt-8">
              <h2 id="mentioned-heading" className="text-lg font-semibold tracking-tight">
                Mentioned in
              </h2>
              <ul className="mt-2">
                {episode.mentionedBy.map((other) => (
                  <li key={`${other.show.slug}/${other.slug}`}>
                    <Link
                      href={episodePath(other.show.slug, other.slug)}
                      className="text-accent hover:underline"
                    >
                      {other.title}
                    </Link>
                    {other.show.slug !== show.slug && (
                      <span className="text-sm text-muted"> ({other.show.name})</span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>

      <nav
        aria-label={`More episodes of ${show.name}`}
        className="mt-14 grid gap-3 border-t border-border pt-8 sm:grid-cols-2"
      >
        {neighbours.newer ? (
          <Link
            href={episodePath(show.slug, neighbours.newer.slug)}
            rel="prev"
            className="rounded-xl border border-border p-4 hover:border-accent"
          >
            <span className="text-xs text-muted">← Newer episode</span>
            <span className="mt-1 block font-medium">{neighbours.newer.title}</span>
          </Link>
        ) : (
          <span />
        )}
        {neighbours.older && (
          <Link
            href={episodePath(show.slug, neighbours.older.slug)}
            rel="next"
            className="rounded-xl border border-border p-4 text-right hover:border-accent"
          >
            <span className="text-xs text-muted">Older episode →</span>
            <span className="mt-1 block font-medium">{neighbours.older.title}</span>
          </Link>
        )}
      </nav>
      <RelatedEpisodes episodes={related} show={show.slug} />
    </article>
  );
}
