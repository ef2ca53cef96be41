// The home page of a catalog with several shows: a line on what it holds, the newest episodes across
// the shows first (each card names its show and sums the episode up in a line), then the shows and the
// topics. Search is the site header's box, on phones too. With one show, "/" is that show's page instead.
import Link from "next/link";
import { EpisodeList } from "@/components/episode/episode-list";
import { ShowGrid } from "@/components/show/show-card";
import { TopicChips } from "@/components/topic/topic-chips";
import { Hero } from "@/components/ui/hero";
import { listEpisodeCards } from "@/lib/db/episodes";
import type { ShowListItem } from "@/lib/db/show";
import { listTopics } from "@/lib/db/topics";
import { showsPath, topicsPath } from "@/lib/site/routes";
import { catalogName } from "@/lib/site/site-name";

/** Enough to see what is new in each show without turning the home page into the full list. */
const LATEST_COUNT = 6;

/** listNames(["A", "B", "C"]) -> "A, B and C" */
function listNames(names: string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function SectionHeading({
  id,
  title,
  more,
}: {
  id: string;
  title: string;
  more?: { href: string; label: string };
}) {
  return (
    <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
      <h2 id={id} className="text-2xl font-bold tracking-tight">
        {title}
      </h2>
      {more && (
        <Link
          href={more.href}
          className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline"
        >
          {more.label}
        </Link>
      )}
    </div>
  );
}

export async function CatalogHome({ shows }: { shows: ShowListItem[] }) {
  const [latest, topics] = await Promise.all([
    listEpisodeCards({}, { page: 1, pageSize: LATEST_COUNT }),
    listTopics(),
  ]);
  return (
    <>
      {/* The site header names the catalog: on wide screens the h1 is for screen readers only. */}
      <Hero title={catalogName(shows)} titleInHeader>
        <p className="mt-1 text-base text-pretty text-muted sm:mt-0">
          {shows.length > 0
            ? `Episode guide to ${listNames(shows.map((show) => show.name))}: every chapter, link and topic.`
            : "The catalog has no shows yet."}
        </p>
      </Hero>

      <section aria-labelledby="latest-heading" className="mt-6 sm:mt-8">
        <SectionHeading id="latest-heading" title="Latest episodes" />
        <EpisodeList episodes={latest.episodes} filtered={false} namesShow />
      </section>

      <section aria-labelledby="shows-heading" className="mt-10 sm:mt-14">
        <SectionHeading id="shows-heading" title="Shows" more={{ href: showsPath, label: "All shows" }} />
        <ShowGrid shows={shows} headingLevel={3} />
      </section>

      {topics.length > 0 && (
        <section aria-labelledby="topics-heading" className="mt-10 sm:mt-14">
          <SectionHeading
            id="topics-heading"
            title="Topics"
            more={{ href: topicsPath, label: "All topics" }}
          />
          <TopicChips topics={topics.filter((topic) => topic.episodeCount + topic.chapterCount > 0)} />
        </section>
      )}
    </>
  );
}
