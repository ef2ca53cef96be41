// One episode in a list of episode cards: date and length, title, a one-line summary when the list has
// one, how it plays, its chapters and topics. The title link's ::after covers the card (the summary
// included) so the whole card is clickable; the facts sit above that overlay (relative z-10) so their
// text stays selectable and the show's and topics' links stay their own click targets.
import Link from "next/link";
import { PlaysAs } from "@/components/episode/plays-as";
import { CardLink } from "@/components/ui/card-link";
import { TopicChips } from "@/components/topic/topic-chips";
import { formatDate, isoDate, listenLength } from "@/lib/site/format";
import { playability } from "@/lib/site/playability";
import { episodePath, showPath } from "@/lib/site/routes";
import type { EpisodeSummary } from "@/lib/db/shapes";

type Props = {
  /** A summary (lib/db listEpisodeCards) shows under the title; lists without one show none. */
  episode: EpisodeSummary & { summary?: string | null };
  /** Name the episode's show above its title: for lists that mix shows. */
  namesShow?: boolean;
};

export function EpisodeCard({ episode, namesShow = false }: Props) {
  return (
    <article className="group card">
      {namesShow && (
        <p className="relative z-10 mb-1.5 w-fit text-xs font-semibold tracking-wide text-accent-strong uppercase">
          <Link href={showPath(episode.show.slug)} className="underline-offset-4 hover:underline">
            {episode.show.name}
          </Link>
        </p>
      )}
      <div className="card-meta">
        {/* Only what is known: no "Date unknown", and no separator before the first item. */}
        {episode.publishedAt && (
          <time dateTime={isoDate(episode.publishedAt, episode.publishedPrecision)}>
            {formatDate(episode.publishedAt, episode.publishedPrecision)}
          </time>
        )}
        {episode.durationSeconds !== null && (
          <>
            {episode.publishedAt && <span aria-hidden="true">·</span>}
            {/* Rounded to the minute, so a duration known to the minute reads like an exact one. */}
            <span>{listenLength(episode.durationSeconds)}</span>
          </>
        )}
      </div>

      <h3 className="card-title">
        <CardLink href={episodePath(episode.show.slug, episode.slug)}>{episode.title}</CardLink>
      </h3>
      {episode.summary && (
        <p className="mt-1.5 line-clamp-2 text-sm leading-relaxed text-pretty text-muted">
          {episode.summary}
        </p>
      )}

      <div className="card-footer">
        <PlaysAs kind={playability(episode)} />
        {episode.chapterCount > 0 ? (
          <span className="badge bg-surface-2 text-muted">
            <svg
              aria-hidden="true"
              viewBox="0 0 16 16"
              className="size-3.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinecap="round"
            >
              <path d="M2.5 4h1M6 4h7.5M2.5 8h1M6 8h7.5M2.5 12h1M6 12h7.5" />
            </svg>
            {episode.chapterCount === 1 ? "1 chapter" : `${episode.chapterCount} chapters`}
          </span>
        ) : (
          <span className="py-1 font-normal text-muted">No chapters</span>
        )}
        <TopicChips topics={episode.topics} />
      </div>
    </article>
  );
}
