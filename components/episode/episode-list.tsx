// The home page's grid of episode cards, or the empty state when nothing matches the filters.
import Link from "next/link";
import { NothingFoundIcon } from "@/components/ui/icons";
import { EpisodeCard } from "@/components/episode/episode-card";
import type { EpisodeSummary } from "@/lib/db/shapes";
import { CLEAR_FILTERS_HREF } from "@/lib/site/list-params";

export function EpisodeList({ episodes, filtered }: { episodes: EpisodeSummary[]; filtered: boolean }) {
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
            <Link
              href={CLEAR_FILTERS_HREF}
              className="mt-6 inline-flex items-center rounded-full bg-foreground px-4 py-2 text-sm font-semibold text-background hover:opacity-90"
            >
              Clear filters
            </Link>
          </>
        )}
      </div>
    );
  }
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {episodes.map((episode) => (
        <li key={episode.slug}>
          <EpisodeCard episode={episode} />
        </li>
      ))}
    </ul>
  );
}
