import type { EpisodeSummary } from "@/lib/catalog/queries";
import { formatDate, formatDuration, isoDate } from "@/lib/format";

export function EpisodeList({ episodes }: { episodes: EpisodeSummary[] }) {
  if (episodes.length === 0) {
    return <p className="text-muted">The catalog has no episodes yet.</p>;
  }
  return (
    <ul className="divide-y divide-border">
      {episodes.map((episode) => (
        <li key={episode.slug} className="py-3">
          <p className="font-medium">{episode.title}</p>
          <p className="text-sm text-muted">
            {episode.publishedAt ? (
              <time dateTime={isoDate(episode.publishedAt)}>{formatDate(episode.publishedAt)}</time>
            ) : (
              "Date unknown"
            )}
            {episode.durationSeconds !== null && <> · {formatDuration(episode.durationSeconds)}</>}
            {episode.chapterCount > 0 && (
              <> · {episode.chapterCount === 1 ? "1 chapter" : `${episode.chapterCount} chapters`}</>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
