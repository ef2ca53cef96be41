// The chapter list of an episode. With a video or audio, every timestamp is a real link: to the video at
// that second, else to the audio file at that second (`#t=` media fragment); the page's island
// (components/player/chapter-links.tsx) intercepts plain clicks and plays the layout's player instead.
// Without either, times are plain text with a copy-time button: nothing pretends to jump. The data-*
// attributes are the contract with components/player.
import { formatDuration } from "@/lib/catalog/time";
import type { ChapterDetail } from "@/lib/db/episodes";
import { isoDuration } from "@/lib/site/format";
import { episodePath } from "@/lib/site/routes";
import { playability, playsFromLabel } from "@/lib/site/playability";
import { watchUrl } from "@/lib/site/youtube";

/** The id of the share icon's <symbol>; one chapter list per page. */
const linkIconId = "chapter-link-icon";

type Props = {
  /** The episode's show and slug: the share links point at its page. */
  show: string;
  slug: string;
  chapters: ChapterDetail[];
  videoId: string | null;
  /** The episode's audio file (from a feed), used when there is no video. */
  audioUrl?: string | null;
};

export function ChapterList({ show, slug, chapters, videoId, audioUrl = null }: Props) {
  const kind = playability({ youtubeId: videoId, audioUrl });
  return (
    <>
      {/* The share button's icon, drawn once and used by every row. */}
      <svg aria-hidden="true" width="0" height="0" className="absolute">
        <symbol id={linkIconId} viewBox="0 0 20 20">
          <path
            d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5L10 5M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.7"
            strokeLinecap="round"
          />
        </symbol>
      </svg>
      <ol data-chapter-list className="flex flex-col">
        {chapters.map((chapter) => {
          const time = formatDuration(chapter.startSeconds);
          const href = videoId
            ? watchUrl(videoId, chapter.startSeconds)
            : audioUrl
              ? `${audioUrl.split("#")[0]}#t=${chapter.startSeconds}`
              : null;
          const label = (
            <>
              <time dateTime={isoDuration(chapter.startSeconds)} className="time-column">
                {time}
              </time>
              <span className="min-w-0 break-words">{chapter.title}</span>
            </>
          );
          return (
            <li
              key={chapter.startSeconds}
              data-chapter
              data-start={chapter.startSeconds}
              className="group chapter-row"
            >
              <div className="flex items-start gap-1">
                {href ? (
                  <a
                    href={href}
                    rel="noopener noreferrer nofollow"
                    data-seek={chapter.startSeconds}
                    title={playsFromLabel(kind, time)}
                    className="chapter-link"
                  >
                    {label}
                  </a>
                ) : (
                  <p className="flex min-w-0 flex-1 items-baseline gap-3 px-3 py-2">{label}</p>
                )}
                {!href && (
                  <button
                    type="button"
                    data-copy-time={time}
                    data-js-only=""
                    className="inline-flex min-h-10 shrink-0 items-center rounded-md px-2 text-xs text-muted hover:bg-surface-2 hover:text-foreground"
                    aria-label={`Copy the time ${time}`}
                    title="Copy the time, to skip to it on YouTube"
                  >
                    Copy time
                  </button>
                )}
                <a
                  href={episodePath(show, slug, chapter.startSeconds)}
                  data-share={chapter.startSeconds}
                  className="row-action"
                  aria-label={`Copy link to ${time} ${chapter.title}`}
                  title="Copy a link to this moment"
                >
                  <svg aria-hidden="true" className="size-4">
                    <use href={`#${linkIconId}`} />
                  </svg>
                </a>
              </div>
              {chapter.subpoints.length > 0 && (
                <ul className="mb-2 ml-[5.25rem] list-disc space-y-0.5 pr-3 text-sm text-muted marker:text-border">
                  {chapter.subpoints.map((point, index) => (
                    <li key={index}>{point}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
