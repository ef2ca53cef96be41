// A short list of episodes on nearby subjects, under an episode page. The same show's come first (the
// read layer orders them); one from another show says which show it is from.
import Link from "next/link";
import type { EpisodeSummary } from "@/lib/db/shapes";
import { formatDuration } from "@/lib/catalog/time";
import { formatDate } from "@/lib/site/format";
import { episodePath } from "@/lib/site/routes";

type Props = {
  episodes: EpisodeSummary[];
  /** The slug of the page's show: episodes of other shows are labelled with theirs. */
  show: string;
};

export function RelatedEpisodes({ episodes, show }: Props) {
  if (episodes.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-12">
      <h2 id="related-heading" className="text-lg font-semibold tracking-tight">
        Related episodes
      </h2>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {episodes.map((episode) => (
          <li key={`${episode.show.slug}/${episode.slug}`}>
            <Link
              href={episodePath(episode.show.slug, episode.slug)}
              className="flex h-full flex-col rounded-xl border border-border bg-surface p-4 hover:border-accent"
            >
              {episode.show.slug !== show && (
                <span className="mb-1 text-xs font-medium text-accent">{episode.show.name}</span>
              )}
              <span className="font-medium">{episode.title}</span>
              <span className="mt-auto pt-2 text-xs text-muted">
                {[
                  episode.publishedAt ? formatDate(episode.publishedAt, episode.publishedPrecision) : null,
                  episode.durationSeconds ? formatDuration(episode.durationSeconds) : null,
                  episode.chapterCount ? `${episode.chapterCount} chapters` : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
