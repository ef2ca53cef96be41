"use client";
// The player's own controls, shared by the mini-player and an audio episode's player box: play/pause,
// previous/next chapter, and a progress bar divided at the chapter boundaries that seeks when moved.
// Rendered only in the browser after a play (the server never renders a held episode), so the widths
// below are set through the CSSOM, which the site's CSP allows.
import { formatDuration } from "@/lib/catalog/time";
import { seek, stepChapter, toggle, type PlayerSnapshot } from "./player-store";

const buttonClass =
  "inline-flex size-9 shrink-0 items-center justify-center rounded-full text-foreground sm:size-10 hover:bg-surface-2 disabled:opacity-40 disabled:hover:bg-transparent";

export function PlayerButtons({
  state,
  size = "normal",
}: {
  state: PlayerSnapshot;
  size?: "normal" | "large";
}) {
  const { episode, chapter, playing, phase } = state;
  if (!episode) return null;
  const failed = phase === "failed";
  const count = episode.chapters.length;
  return (
    <div className="flex items-center gap-0.5">
      <button
        type="button"
        aria-label="Previous chapter"
        title="Previous chapter ( [ )"
        disabled={failed || count === 0}
        onClick={() => stepChapter(-1)}
        className={buttonClass}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-current">
          <path d="M6 5h2v14H6zM20 5v14L9 12z" />
        </svg>
      </button>
      <button
        type="button"
        aria-label={playing ? "Pause" : "Play"}
        title={playing ? "Pause (k)" : "Play (k)"}
        disabled={failed}
        onClick={toggle}
        className={`inline-flex shrink-0 items-center justify-center rounded-full bg-accent text-on-accent hover:bg-accent-strong disabled:opacity-40 ${size === "large" ? "size-12" : "size-10"}`}
      >
        {playing ? (
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-current">
            <path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" />
          </svg>
        ) : (
          <svg aria-hidden="true" viewBox="0 0 24 24" className="ml-0.5 size-5 fill-current">
            <path d="M7 4.5v15l12.5-7.5L7 4.5Z" />
          </svg>
        )}
      </button>
      <button
        type="button"
        aria-label="Next chapter"
        title="Next chapter ( ] )"
        disabled={failed || count === 0 || chapter >= count - 1}
        onClick={() => stepChapter(1)}
        className={buttonClass}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-current">
          <path d="M16 5h2v14h-2zM4 5v14l11-7z" />
        </svg>
      </button>
    </div>
  );
}

/** "12:30 · Chapter title", or the time alone before the first chapter. */
export function currentChapterLabel(state: PlayerSnapshot): string {
  const chapter = state.episode?.chapters[state.chapter];
  const time = formatDuration(state.time);
  return chapter ? `${time} · ${chapter.title}` : time;
}

/** The progress bar: a track cut at every chapter start, filled to the time; a range input seeks. */
export function ChapterProgress({ state }: { state: PlayerSnapshot }) {
  const { episode, time, duration, phase } = state;
  if (!episode || !duration || duration <= 0) return null;
  const percent = (seconds: number) => `${Math.min(100, Math.max(0, (seconds / duration) * 100))}%`;
  const chapter = episode.chapters[state.chapter];
  const valueText = `${formatDuration(time)} of ${formatDuration(duration)}${chapter ? `, ${chapter.title}` : ""}`;
  return (
    <div
      data-chapter-progress
      className="relative flex h-5 w-full items-center rounded-full has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-ring"
    >
      <div className="relative h-1.5 w-full overflow-hidden rounded-full bg-border">
        <div className="absolute inset-y-0 left-0 bg-accent" style={{ width: percent(time) }} />
        {episode.chapters
          .filter((item) => item.start > 0 && item.start < duration)
          .map((item) => (
            <span
              key={item.start}
              data-chapter-boundary={item.start}
              className="absolute inset-y-0 w-0.5 -translate-x-1/2 bg-surface"
              style={{ left: percent(item.start) }}
            />
          ))}
      </div>
      <input
        type="range"
        min={0}
        max={Math.round(duration)}
        step={1}
        value={Math.min(Math.round(duration), Math.floor(time))}
        disabled={phase === "failed"}
        aria-label={`Seek in ${episode.title}`}
        aria-valuetext={valueText}
        onChange={(event) => seek(Number(event.currentTarget.value))}
        className="absolute inset-0 size-full cursor-pointer opacity-0"
      />
    </div>
  );
}
