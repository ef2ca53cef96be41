import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EpisodeList } from "@/components/episode/episode-list";
import { TopicMoments } from "@/components/topic/topic-moments";
import { BackLink } from "@/components/ui/back-link";
import { listShowRefs } from "@/lib/db/show";
import { getTopicBySlug, listTopicSlugs } from "@/lib/db/topics";
import { topicPath, topicsPath } from "@/lib/site/routes";

type Props = { params: Promise<{ slug: string }> };

// Every topic page is prerendered; any other slug is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  return listTopicSlugs();
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug } = await props.params;
  const topic = await getTopicBySlug(slug);
  if (!topic) return {};
  return {
    title: topic.name,
    description: topic.description,
    alternates: { canonical: topicPath(slug) },
    openGraph: { title: topic.name, description: topic.description, url: topicPath(slug) },
  };
}

export default async function TopicPage(props: Props) {
  const { slug } = await props.params;
  const [topic, shows] = await Promise.all([getTopicBySlug(slug), listShowRefs()]);
  if (!topic) notFound();
  // A topic gathers episodes and moments from every show: with several, each names its own.
  const namesShow = shows.length > 1;
  // The cards show the episodes' other topics: this one is the page itself.
  const episodes = topic.episodes.map((episode) => ({
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
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="episodes-heading" className="text-2xl font-bold tracking-tight">
            Episodes
          </h2>
          <p className="text-sm font-semibold" data-testid="episode-count">
            {topic.episodes.length === 1 ? "1 episode" : `${topic.episodes.length} episodes`}
          </p>
        </div>
        <EpisodeList episodes={episodes} filtered={false} namesShow={namesShow} />
      </section>

      <section aria-labelledby="moments-heading" className="mt-12">
        <div className="mb-4 max-w-3xl">
          <h2 id="moments-heading" className="text-2xl font-bold tracking-tight">
            Moments in other episodes
          </h2>
          <p className="mt-1 text-sm text-pretty text-muted">
            {topic.moments.length === 0
              ? "No chapter of another episode is about this topic."
              : "Chapters on this topic in episodes filed under other topics. Each opens the episode at that point."}
          </p>
        </div>
        {topic.moments.length > 0 && <TopicMoments moments={topic.moments} namesShow={namesShow} />}
      </section>
    </>
  );
}
