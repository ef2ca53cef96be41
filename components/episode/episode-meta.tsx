// The line under an episode title: date, duration, chapter count, whether a video (or audio) is linked.
import { PlayIcon } from "@/components/ui/icons";
import type { EpisodeDetail } from "@/lib/db/episodes";
import { formatDuration } from "@/lib/catalog/time";
import { formatDate, isoDate } from "@/lib/site/format";

export function EpisodeMeta({ episode }: { episode: EpisodeDetail }) {
  const items: React.ReactNode[] = [];
  if (episode.publishedAt) {
    const precision = episode.publishedPrecision;
    items.push(
      <time dateTime={isoDate(episode.publishedAt, precision)}>
        {formatDate(episode.publishedAt, precision)}
      </time>,
    );
  }
  if (episode.durationSeconds !== null) {
    const approximate = episode.durationPrecision === "minute";
    items.push(
      <span title={approximate ? "Duration known to the minute" : undefined}>
        {approximate ? "≈ " : ""}
        {formatDuration(episode.durationSeconds)}
      </span>,
    );
  }
  items.push(
    <span>{episode.chapters.length === 1 ? "1 chapter" : `${episode.chapters.length} chapters`}</span>,
  );
  items.push(
    episode.youtubeId ? (
      <span className="inline-flex items-center gap-1 font-medium text-accent">
        <PlayIcon className="size-3.5" />
        Video
      </span>
    ) : episode.audioUrl ? (
      <span className="font-medium text-accent">Audio</span>
    ) : (
      <span>No video linked</span>
    ),
  );
  return (
    <p className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
      {items.map((item, index) => (
        <span key={index} className="inline-flex items-center gap-2">
          {index > 0 && <span aria-hidden="true">·</span>}
          {item}
        </span>
      ))}
    </p>
  );
}
