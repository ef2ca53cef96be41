// A topic's moments: chapters on it inside episodes filed under other topics, from every show. Each is a
// plain link to our episode page at that second (?t=), where the player island seeks and marks the
// chapter, and says what that opening does: plays the video or the audio from there, or nothing yet.
import Link from "next/link";
import { PlaysAs } from "@/components/episode/plays-as";
import { formatDuration } from "@/lib/catalog/time";
import type { TopicMoment } from "@/lib/db/topics";
import { playability, playsFromLabel } from "@/lib/site/playability";
import { episodePath } from "@/lib/site/routes";

type Props = {
  moments: TopicMoment[];
  /** The catalog has several shows: each moment names its episode's show. */
  namesShow: boolean;
};

export function TopicMoments({ moments, namesShow }: Props) {
  return (
    <ol className="divide-y divide-border overflow-hidden rounded-2xl border border-border bg-surface">
      {moments.map((moment) => {
        const time = formatDuration(moment.startSeconds);
        const { episode } = moment;
        const plays = playability(episode);
        return (
          <li key={`${episode.show.slug}/${episode.slug}/${moment.startSeconds}`}>
            <Link
              href={episodePath(episode.show.slug, episode.slug, moment.startSeconds)}
              className="group flex items-baseline gap-3 px-4 py-3 hover:bg-surface-2 sm:gap-4 sm:px-5"
            >
              <span className="time-column">{time}</span>{" "}
              <span className="min-w-0 flex-1">
                <span className="block font-medium break-words group-hover:text-accent-strong group-hover:underline">
                  {moment.title}
                </span>{" "}
                <span className="mt-0.5 block text-sm break-words text-muted">
                  in {episode.title}
                  {namesShow && (
                    <>
                      {" "}
                      · <span data-testid="moment-show">{episode.show.name}</span>
                    </>
                  )}
                </span>
                {/* The badge says it to the eye; the words say it, with the time, to a screen reader. */}
                <PlaysAs kind={plays} decorative className="mt-1.5" />
                <span className="sr-only"> ({playsFromLabel(plays, time)})</span>
              </span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
