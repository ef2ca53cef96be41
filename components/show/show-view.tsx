// A show's episode list with its filters, order and pagination. Shared by the show's prerendered first
// page (app/shows/[show], and "/" while the catalog has one show) and its filtered, sorted and later
// pages (app/shows/[show]/%5Fview/[query], cached per view). Only the first page opens with the show's
// header and ends with its topics: on every other view the results start at the top.
import type { Metadata } from "next";
import Link from "next/link";
import { EpisodeFilters } from "@/components/episode/episode-filters";
import { EpisodeList } from "@/components/episode/episode-list";
import { CanonicalUrl } from "@/components/ui/canonical-url";
import { Pagination } from "@/components/ui/pagination";
import { ShowHeader } from "@/components/show/show-header";
import {
  countEpisodesByTopic,
  countEpisodesEach,
  listEpisodeCards,
  type TopicCount,
} from "@/lib/db/episodes";
import type { EpisodeFilter } from "@/lib/db/shapes";
import { listShowRefs, type ShowSummary } from "@/lib/db/show";
import { listTopics } from "@/lib/db/topics";
import { summarize } from "@/lib/catalog/summary";
import {
  clearFiltersHref,
  describeResults,
  facetFilters,
  isFiltered,
  isPlainView,
  knownListTopic,
  lengthKeys,
  LIST_ANCHOR,
  listHref,
  PAGE_SIZE,
  topicListHref,
  type LengthKey,
  type ListParams,
} from "@/lib/site/list-params";
import { showFeedPath, showPath } from "@/lib/site/routes";

/**
 * The metadata of a view of a show's list. `canonical` overrides the view's own normalized URL ("/"
 * names itself while it is the one show's page).
 */
export async function showListMetadata(
  show: ShowSummary,
  requested: ListParams,
  canonical?: string,
): Promise<Metadata> {
  const params = knownListTopic(requested, await listTopics());
  return {
    title: { absolute: `${show.name}: all episodes` },
    description: show.description ? (summarize(show.description) ?? undefined) : undefined,
    // Each view is canonical to its own normalized URL (junk, unknown topics and defaults dropped).
    // Pages of the full list, newest first, are indexable; filtered and re-sorted views hold the same
    // episodes, so they are kept out of the index (near-duplicates) while crawlers still follow their
    // links to episode pages.
    alternates: {
      canonical: canonical ?? listHref(show.slug, params, params.page),
      // Feed readers find the show's feed from its page.
      types: { "application/rss+xml": [{ url: showFeedPath(show.slug), title: show.name }] },
    },
    robots: isFiltered(params) || params.sort !== "newest" ? { index: false, follow: true } : undefined,
  };
}

/** The topics the show's episodes are filed under, as links to its list of each. */
function ShowTopics({ show, topics }: { show: string; topics: TopicCount[] }) {
  const filed = topics.filter((topic) => topic.episodeCount > 0);
  if (filed.length === 0) return null;
  return (
    <section aria-labelledby="show-topics-heading" className="mt-12 sm:mt-14">
      <h2 id="show-topics-heading" className="text-lg font-semibold tracking-tight">
        Browse by topic
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {filed.map((topic) => (
          <li key={topic.slug}>
            {/* A plain link: a topic's list is a query view (lib/site/views.ts). */}
            <a
              href={topicListHref(show, topic.slug)}
              className="inline-flex items-center gap-1.5 rounded-full border border-border bg-surface px-3 py-1.5 text-sm font-medium hover:border-accent/60 hover:bg-accent-soft hover:text-accent-strong"
            >
              {topic.name}{" "}
              <span className="rounded-full bg-surface-2 px-1.5 text-xs text-muted tabular-nums">
                {topic.episodeCount}
                <span className="sr-only">{topic.episodeCount === 1 ? " episode" : " episodes"}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export async function ShowView({ show, params: requested }: { show: ShowSummary; params: ListParams }) {
  const [shows, topics] = await Promise.all([listShowRefs(), listTopics()]);
  const params = knownListTopic(requested, topics);
  const inShow = (filter: EpisodeFilter): EpisodeFilter => ({ ...filter, show: show.slug });
  const facets = facetFilters(params);
  const lengthFilters = Object.fromEntries(
    lengthKeys.map((key) => [key, inShow(facets.lengths[key])]),
  ) as Record<LengthKey, EpisodeFilter>;
  const [list, counts, lengths, topicCounts] = await Promise.all([
    listEpisodeCards(inShow(params.filters), { page: params.page, pageSize: PAGE_SIZE, sort: params.sort }),
    countEpisodesEach({
      video: inShow(facets.video),
      chapters: inShow(facets.chapters),
      anyTopic: inShow(facets.topics),
    }),
    countEpisodesEach(lengthFilters),
    countEpisodesByTopic(inShow(facets.topics)),
  ]);

  const plain = isPlainView(params);
  const filtered = isFiltered(params);
  // With one show the site header carries its name: the page does not repeat it.
  const titleInHeader = shows.length === 1;
  const topicName = topics.find((topic) => topic.slug === params.filters.topic)?.name;
  const status = describeResults(list.total, params, topicName);
  const first = (list.page - 1) * PAGE_SIZE + 1;
  const last = first + list.episodes.length - 1;
  // The first page has the show's header as its h1; every other view starts with the list's heading.
  const ListHeading = plain ? "h2" : "h1";

  return (
    <>
      {plain && <ShowHeader show={show} titleInHeader={titleInHeader} />}
      {!plain && !titleInHeader && (
        <p className="mb-1 text-sm font-semibold tracking-wide text-accent-strong uppercase">
          <Link href={showPath(show.slug)} className="underline-offset-4 hover:underline">
            {show.name}
          </Link>
        </p>
      )}

      <section
        id={LIST_ANCHOR}
        aria-labelledby="episodes-heading"
        className={`scroll-mt-20 ${plain ? "mt-6 sm:mt-8" : ""}`}
      >
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <ListHeading id="episodes-heading" className="text-2xl font-bold tracking-tight">
            Episodes
          </ListHeading>
          <p className="text-sm text-muted" data-testid="result-count">
            <span className="font-semibold text-foreground">{status}</span>
            {list.pageCount > 1 && (
              <>
                {" "}
                · showing {first}–{last}
              </>
            )}
          </p>
        </div>
        <EpisodeFilters
          show={show.slug}
          params={params}
          counts={{ ...counts, lengths, topics: topicCounts }}
          status={status}
        />
        <div className="mt-5">
          <EpisodeList
            episodes={list.episodes}
            filtered={filtered}
            clearHref={clearFiltersHref(show.slug, params.sort)}
          />
        </div>
        <Pagination
          page={list.page}
          pageCount={list.pageCount}
          hrefFor={(page) => `${listHref(show.slug, params, page)}#${LIST_ANCHOR}`}
          viewLinks
        />
        <CanonicalUrl href={listHref(show.slug, params, list.page)} />
      </section>

      {plain && <ShowTopics show={show.slug} topics={topicCounts} />}
    </>
  );
}
