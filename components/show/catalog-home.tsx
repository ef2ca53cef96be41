// The home page of a catalog with several shows: the shows, the newest episodes across them (each card
// names its show), a search box and the topics. With one show, "/" is that show's page instead.
import { Hero } from "@/components/ui/hero";
import Link from "next/link";
import { EpisodeList } from "@/components/episode/episode-list";
import { ShowGrid } from "@/components/show/show-card";
import { TopicChips } from "@/components/topic/topic-chips";
import { SearchIcon } from "@/components/ui/icons";
import { listEpisodes } from "@/lib/db/episodes";
import type { ShowListItem } from "@/lib/db/show";
import { listTopics } from "@/lib/db/topics";
import { searchPath, showsPath, topicsPath } from "@/lib/site/routes";
import { catalogName } from "@/lib/site/site-name";

/** Enough to see what is new in each show without turning the home page into the full list. */
const LATEST_COUNT = 6;

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
    listEpisodes({}, { page: 1, pageSize: LATEST_COUNT }),
    listTopics(),
  ]);
  const name = catalogName(shows);
  return (
    <>
      <Hero>
        <div className="relative max-w-3xl">
          <p className="text-sm font-semibold tracking-wide text-accent-strong uppercase">
            Podcasts · Episode guide
          </p>
          <h1 className="mt-3 text-3xl leading-tight font-bold tracking-tight text-balance sm:text-5xl">
            {name}
          </h1>
          <p className="mt-4 text-base text-muted sm:text-lg">
            {shows.length} shows · {latest.total} episodes, with their chapters, links and topics.
          </p>
          <form
            action={searchPath}
            role="search"
            aria-label="Search every show"
            className="mt-6 flex max-w-xl gap-2"
          >
            <label htmlFor="home-search" className="sr-only">
              Search episodes of every show
            </label>
            <div className="relative flex-1">
              <SearchIcon className="pointer-events-none absolute top-1/2 left-3.5 size-5 -translate-y-1/2 text-muted" />
              <input
                id="home-search"
                type="search"
                name="q"
                placeholder="Search episodes and chapters"
                autoComplete="off"
                enterKeyHint="search"
                className="h-11 w-full rounded-full border border-border bg-background pr-4 pl-11 text-base placeholder:text-muted hover:border-accent/50 focus:border-accent focus-visible:rounded-full!"
              />
            </div>
            <button
              type="submit"
              className="rounded-full bg-foreground px-5 text-sm font-semibold text-background hover:opacity-90"
            >
              Search
            </button>
          </form>
        </div>
      </Hero>

      <section aria-labelledby="shows-heading" className="mt-10 sm:mt-14">
        <SectionHeading id="shows-heading" title="Shows" more={{ href: showsPath, label: "All shows" }} />
        <ShowGrid shows={shows} headingLevel={3} />
      </section>

      <section aria-labelledby="latest-heading" className="mt-10 sm:mt-14">
        <SectionHeading id="latest-heading" title="Latest episodes" />
        <EpisodeList episodes={latest.episodes} filtered={false} namesShow />
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
