// The episode list page: shared by "/" (static) and /episodes (filtered views, per request).
import type { Metadata } from "next";
import { EpisodeFilters } from "@/components/episode/episode-filters";
import { EpisodeList } from "@/components/episode/episode-list";
import { Pagination } from "@/components/ui/pagination";
import { ShowHeader } from "@/components/show/show-header";
import { countEpisodes, listEpisodes } from "@/lib/db/episodes";
import { getShow } from "@/lib/db/show";
import {
  describeResults,
  homeHref,
  isFiltered,
  LIST_ANCHOR,
  PAGE_SIZE,
  type HomeParams,
} from "@/lib/site/list-params";
import { summarize } from "@/lib/catalog/summary";

export async function homeMetadata(params: HomeParams): Promise<Metadata> {
  const show = await getShow();
  const filtered = isFiltered(params);
  return {
    title: { absolute: show ? `${show.name}: all episodes` : "All episodes" },
    description: show?.description ? (summarize(show.description) ?? undefined) : undefined,
    // Each view is canonical to its own normalized URL (junk and defaults dropped). Pages of the full
    // list are indexable; filtered views are subsets of the same episodes, so they are kept out of the
    // index (near-duplicates) while crawlers still follow their links to episode pages.
    alternates: { canonical: homeHref(params, params.page) },
    robots: filtered ? { index: false, follow: true } : undefined,
  };
}

/** The episode list at "/" (prerendered, unfiltered) and its filtered views (at /episodes). */
export async function HomeView({ params }: { params: HomeParams }) {
  const [show, counts, list] = await Promise.all([
    getShow(),
    countEpisodes(),
    listEpisodes(params.filters, { page: params.page, pageSize: PAGE_SIZE }),
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
          video={Boolean(params.filters.hasVideo)}
          chapters={Boolean(params.filters.hasChapters)}
          length={params.length}
          counts={counts}
          filtered={filtered}
        />
        <div className="mt-6">
          <EpisodeList episodes={list.episodes} filtered={filtered} />
        </div>
        <Pagination
          page={list.page}
          pageCount={list.pageCount}
          hrefFor={(page) => `${homeHref(params, page)}#${LIST_ANCHOR}`}
        />
      </section>
    </>
  );
}
