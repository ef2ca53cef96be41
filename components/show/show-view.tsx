// A show's page: its header and its episode list with filters and pagination. Shared by the show's
// prerendered first page (app/shows/[show], and "/" while the catalog has one show) and its filtered
// and later pages (app/shows/[show]/%5Fview/[query], cached per view).
import type { Metadata } from "next";
import { EpisodeFilters } from "@/components/episode/episode-filters";
import { EpisodeList } from "@/components/episode/episode-list";
import { Pagination } from "@/components/ui/pagination";
import { ShowHeader } from "@/components/show/show-header";
import { countEpisodes, listEpisodes } from "@/lib/db/episodes";
import type { ShowSummary } from "@/lib/db/show";
import { summarize } from "@/lib/catalog/summary";
import {
  clearFiltersHref,
  describeResults,
  isFiltered,
  LIST_ANCHOR,
  listHref,
  PAGE_SIZE,
  type ListParams,
} from "@/lib/site/list-params";
import { showFeedPath } from "@/lib/site/routes";

/**
 * The metadata of a view of a show's list. `canonical` overrides the view's own normalized URL ("/"
 * names itself while it is the one show's page).
 */
export function showListMetadata(show: ShowSummary, params: ListParams, canonical?: string): Metadata {
  return {
    title: { absolute: `${show.name}: all episodes` },
    description: show.description ? (summarize(show.description) ?? undefined) : undefined,
    // Each view is canonical to its own normalized URL (junk and defaults dropped). Pages of the full
    // list are indexable; filtered views are subsets of the same episodes, so they are kept out of the
    // index (near-duplicates) while crawlers still follow their links to episode pages.
    alternates: {
      canonical: canonical ?? listHref(show.slug, params, params.page),
      // Feed readers find the show's feed from its page.
      types: { "application/rss+xml": [{ url: showFeedPath(show.slug), title: show.name }] },
    },
    robots: isFiltered(params) ? { index: false, follow: true } : undefined,
  };
}

export async function ShowView({ show, params }: { show: ShowSummary; params: ListParams }) {
  const [counts, list] = await Promise.all([
    countEpisodes(show.slug),
    listEpisodes({ ...params.filters, show: show.slug }, { page: params.page, pageSize: PAGE_SIZE }),
  ]);
  const filtered = isFiltered(params);
  const first = (list.page - 1) * PAGE_SIZE + 1;
  const last = first + list.episodes.length - 1;

  return (
    <>
      <ShowHeader show={show} counts={counts} />

      <section id={LIST_ANCHOR} aria-labelledby="episodes-heading" className="mt-10 scroll-mt-20 sm:mt-14">
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="episodes-heading" className="text-2xl font-bold tracking-tight">
            Episodes
          </h2>
          <p className="text-sm text-muted" data-testid="result-count">
            <span className="font-semibold text-foreground">{describeResults(list.total, params)}</span>
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
          video={Boolean(params.filters.hasVideo)}
          chapters={Boolean(params.filters.hasChapters)}
          length={params.length}
          counts={counts}
          filtered={filtered}
        />
        <div className="mt-6">
          <EpisodeList episodes={list.episodes} filtered={filtered} clearHref={clearFiltersHref(show.slug)} />
        </div>
        <Pagination
          page={list.page}
          pageCount={list.pageCount}
          hrefFor={(page) => `${listHref(show.slug, params, page)}#${LIST_ANCHOR}`}
        />
      </section>
    </>
  );
}
