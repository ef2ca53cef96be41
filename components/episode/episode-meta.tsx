// The line under an episode title: what is known of the episode, nothing else. Its date (as precisely as
// known), its length as a listener reads it ("49 min", "1 h 9 min"), its chapters, and whether a video
// or audio plays. An unknown value is left out, never named; where a value came from is never shown.
import { PlayIcon } from "@/components/ui/icons";
import type { EpisodeDetail } from "@/lib/db/episodes";
import { formatDate, isoDate, listenLength } from "@/lib/site/format";

type MetaFields = Pick<
  EpisodeDetail,
  "publishedAt" | "publishedPrecision" | "durationSeconds" | "youtubeId" | "audioUrl"
> & { chapters: readonly unknown[] };

export function EpisodeMeta({ episode }: { episode: MetaFields }) {
  const items: React.ReactNode[] = [];
  if (episode.publishedAt) {
    const precision = episode.publishedPrecision;
    items.push(
      <time dateTime={isoDate(episode.publishedAt, precision)}>
        {formatDate(episode.publishedAt, precision)}
      </time>,
    );
  }
  if (episode.durationSeconds !== null && episode.durationSeconds > 0) {
    // Rounded to the minute: an exact and a minute-precise length read the same.
    items.push(<span data-duration>{listenLength(episode.durationSeconds)}</span>);
  }
  if (episode.chapters.length > 0) {
    items.push(
      <span>{episode.chapters.length === 1 ? "1 chapter" : `${episode.chapters.length} chapters`}</span>,
    );
  }
  items.push(
    episode.youtubeId ? (
      <span className="inline-flex items-center gap-1 font-medium text-accent">
        <PlayIcon className="size-3.5" />
        Video
      </span>
    ) : episode.audioUrl ? (
      <span className="font-medium text-accent">Audio</span>
    ) : (
      <span>Not playable yet</span>
    ),
  );
  return (
    <p data-episode-meta className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
      {/* The separator ends an item, so a wrapped line never starts with one. */}
      {items.map((item, index) => (
        <span key={index} className="inline-flex items-center gap-2">
          {item}
          {index < items.length - 1 && <span aria-hidden="true">·</span>}
        </span>
      ))}
    </p>
  );
}
