// A grid of episode cards (a show's list, a topic's episodes, the latest across shows), or the empty
// state when nothing matches the filters.
import { NothingFoundIcon } from "@/components/ui/icons";
import { EpisodeCard } from "@/components/episode/episode-card";
import type { EpisodeSummary } from "@/lib/db/shapes";

type Props = {
  /** With a one-line summary each where the list query gave one (listEpisodeCards). */
  episodes: (EpisodeSummary & { summary?: string | null })[];
  /** The list is narrowed by filters: an empty list then says so rather than "no episodes". */
  filtered: boolean;
  /**
   * Where the empty state's "Clear filters" goes (the unfiltered list). A plain link: it may be a query
   * view (a sort order), which the client router would not find (lib/site/views.ts).
   */
  clearHref?: string;
  /** Each card names its show: for lists that mix shows. */
  namesShow?: boolean;
};

export function EpisodeList({ episodes, filtered, clearHref, namesShow = false }: Props) {
  if (episodes.length === 0) {
    return (
      <div className="flex flex-col items-center rounded-2xl border border-dashed border-border bg-surface px-6 py-14 text-center">
        <NothingFoundIcon className="size-10 text-muted" />
        <p className="mt-4 text-lg font-semibold">
          {filtered ? "No episodes match these filters" : "The catalog has no episodes yet"}
        </p>
        {filtered && (
          <>
            <p className="mt-1 text-muted">Try a different length, or fewer filters.</p>
            {clearHref && (
              <a
                href={clearHref}
                className="mt-6 inline-flex items-center rounded-full bg-foreground px-4 py-2 text-sm font-semibold text-background hover:opacity-90"
              >
                Clear filters
              </a>
            )}
          </>
        )}
      </div>
    );
  }
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {episodes.map((episode) => (
        <li key={`${episode.show.slug}/${episode.slug}`}>
          <EpisodeCard episode={episode} namesShow={namesShow} />
        </li>
      ))}
    </ul>
  );
}
