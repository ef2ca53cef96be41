// A topic's page: its header, one page of its episodes and one page of its moments in other episodes,
// and the page links under both (the two lists turn page together). Shared by the prerendered first
// page (app/topics/[slug]) and the later pages (app/topics/[slug]/%5Fview/[query]).
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { EpisodeList } from "@/components/episode/episode-list";
import { TopicMoments } from "@/components/topic/topic-moments";
import { BackLink } from "@/components/ui/back-link";
import { Pagination } from "@/components/ui/pagination";
import { listShowRefs } from "@/lib/db/show";
import type { TopicPage, TopicSlice } from "@/lib/db/topics";
import { topicsPath } from "@/lib/site/routes";
import { topicHref } from "@/lib/site/topic-params";
import { CanonicalUrl } from "@/components/ui/canonical-url";

/** The metadata of one page of a topic: each page is canonical to its own URL (page 1 without a query). */
export function topicMetadata({ topic, page }: TopicPage): Metadata {
  const title = page > 1 ? `${topic.name}, page ${page}` : topic.name;
  const url = topicHref(topic.slug, page);
  return {
    title,
    description: topic.description,
    alternates: { canonical: url },
    openGraph: { title, description: topic.description, url },
  };
}

/** "1 episode", "24 moments" */
function counted(total: number, noun: string): string {
  return `${total} ${noun}${total === 1 ? "" : "s"}`;
}

/** " · showing 25–48" while the list runs over several pages and this one has some of it. */
function shownRange(slice: TopicSlice<unknown>, pageCount: number): string {
  if (pageCount <= 1 || slice.items.length === 0) return "";
  return ` · showing ${slice.offset + 1}–${slice.offset + slice.items.length}`;
}

/** A list's heading with its count at the right edge (under it on narrow screens), and a line about it. */
function ListHeading(props: { id: string; title: string; count: ReactNode; about?: string }) {
  return (
    <div className="mb-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={props.id} className="text-2xl font-bold tracking-tight">
          {props.title}
        </h2>
        {props.count}
      </div>
      {props.about && <p className="mt-1 max-w-3xl text-sm text-pretty text-muted">{props.about}</p>}
    </div>
  );
}

/** "24 episodes · showing 25–48" */
function ListCount(props: { slice: TopicSlice<unknown>; pageCount: number; noun: string; testId: string }) {
  return (
    <p className="text-sm text-muted">
      <span className="font-semibold text-foreground" data-testid={props.testId}>
        {counted(props.slice.total, props.noun)}
      </span>
      {shownRange(props.slice, props.pageCount)}
    </p>
  );
}

export async function TopicView({ view }: { view: TopicPage }) {
  const { topic, page, pageCount, episodes, moments } = view;
  // A topic gathers episodes and moments from every show: with several, each names its own.
  const namesShow = (await listShowRefs()).length > 1;
  // The cards show the episodes' other topics: this one is the page itself.
  const cards = episodes.items.map((episode) => ({
    ...episode,
    topics: episode.topics.filter((other) => other.slug !== topic.slug),
  }));

  return (
    <>
      <BackLink href={topicsPath}>All topics</BackLink>
      <header className="mt-2 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{topic.name}</h1>
        <p className="mt-3 text-base leading-relaxed text-pretty text-muted sm:text-lg">
          {topic.description}
        </p>
      </header>

      <section aria-labelledby="episodes-heading" className="mt-8 sm:mt-10">
        <ListHeading
          id="episodes-heading"
          title="Episodes"
          count={<ListCount slice={episodes} pageCount={pageCount} noun="episode" testId="episode-count" />}
          about={episodes.total > 1 ? "Newest first; episodes without a known date come last." : undefined}
        />
        {cards.length > 0 ? (
          <EpisodeList episodes={cards} filtered={false} namesShow={namesShow} />
        ) : (
          <p className="text-muted">
            {episodes.total === 0
              ? "No episode is filed under this topic yet."
              : "The episodes on this topic are on the earlier pages."}
          </p>
        )}
      </section>

      <section aria-labelledby="moments-heading" className="mt-12">
        <ListHeading
          id="moments-heading"
          title="Moments in other episodes"
          count={
            moments.total > 0 && (
              <ListCount slice={moments} pageCount={pageCount} noun="moment" testId="moment-count" />
            )
          }
          about={
            moments.total === 0
              ? "No chapter of another episode is about this topic."
              : moments.items.length === 0
                ? "The moments on this topic are on the earlier pages."
                : "Chapters on this topic in episodes filed under other topics. Each opens the episode at that point."
          }
        />
        {moments.items.length > 0 && <TopicMoments moments={moments.items} namesShow={namesShow} />}
      </section>

      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => topicHref(topic.slug, n)} viewLinks />
      <CanonicalUrl href={topicHref(topic.slug, page)} />
    </>
  );
}
