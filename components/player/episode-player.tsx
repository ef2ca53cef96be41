"use client";
// The episode page's one client island: a click-to-load YouTube player (nothing from Google loads before
// the visitor asks). It also enhances the server-rendered chapter list: jump links, the current chapter,
// share links, deep links (?t= / #t=) and the [ ] keys. Without JavaScript those stay plain links, and
// the play button gives way to a link that plays the video on YouTube.
import { useRef, useState, useSyncExternalStore } from "react";
import { parseDeepLinkTime } from "@/lib/site/deep-link";
import { formatDuration } from "@/lib/catalog/time";
import { watchUrl } from "@/lib/site/youtube";
import { createPlayerController, type PlayerPhase } from "./player-controller";
import { announcementClass, useChapterNavigation, type MediaController } from "./use-chapter-navigation";

export type PlayerChapter = { start: number; title: string };

export type EpisodePlayerProps = {
  videoId: string;
  title: string;
  /** The episode's show and slug: the page its `?t=` URLs and share links point at. */
  show: string;
  slug: string;
  /** Ascending by start (seconds). */
  chapters: PlayerChapter[];
  /** When known, deep links past the end are ignored. */
  durationSeconds?: number | null;
};

export function EpisodePlayer(props: EpisodePlayerProps) {
  // Another episode is another player: remount instead of reconciling a live iframe.
  return <PlayerIsland key={`${props.show}/${props.slug}/${props.videoId}`} {...props} />;
}

function PlayerIsland({ videoId, title, show, slug, chapters, durationSeconds }: EpisodePlayerProps) {
  const [phase, setPhase] = useState<PlayerPhase>({ kind: "facade" });
  // The time the page's URL asks for; null on the server, read once hydrated.
  const deepLinkStart = useSyncExternalStore(
    subscribeToNothing,
    () => parseDeepLinkTime(window.location.search, window.location.hash, durationSeconds),
    () => null,
  );
  const boxRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MediaController | null>(null);
  const starts = chapters.map((chapter) => chapter.start);
  const announcement = useChapterNavigation({
    show,
    slug,
    starts,
    durationSeconds,
    boxRef,
    // A string, so a parent re-render with an equal chapter array does not tear the player down.
    key: `${videoId} ${title} ${starts.join(" ")}`,
    createController: () => {
      const host = hostRef.current;
      if (!host) return null;
      const controller = createPlayerController({ videoId, title, starts, host, onPhase: setPhase });
      controllerRef.current = controller;
      return controller;
    },
  });

  const playLabel = deepLinkStart // 0 is the start anyway
    ? `Play from ${formatDuration(deepLinkStart)}`
    : "Play video";

  return (
    <div>
      {/* No overflow-hidden on the box: it would clip the play button's focus ring (outline-offset). */}
      <div
        ref={boxRef}
        tabIndex={-1}
        className="relative aspect-video w-full rounded-xl border border-border bg-surface-2 focus-visible:rounded-xl!"
      >
        <div
          ref={hostRef}
          className="absolute inset-0 overflow-hidden rounded-[inherit] *:absolute *:inset-0 *:size-full"
        />

        {phase.kind === "facade" || phase.kind === "loading" ? (
          <>
            <div
              aria-hidden="true"
              className="absolute inset-0 overflow-hidden rounded-[inherit] bg-linear-to-br from-accent-soft via-surface-2 to-surface"
            >
              <svg viewBox="0 0 160 90" className="block size-full opacity-60">
                <circle cx="138" cy="12" r="38" className="fill-accent/10" />
                <circle cx="18" cy="84" r="30" className="fill-accent/10" />
              </svg>
            </div>
            {phase.kind === "facade" ? (
              <button
                type="button"
                data-play-facade=""
                aria-label={`${playLabel}: ${title}`}
                onClick={() => {
                  boxRef.current?.focus();
                  controllerRef.current?.playFrom(deepLinkStart ?? 0);
                }}
                className="group absolute inset-0 flex cursor-pointer flex-col items-center justify-center gap-3 rounded-[inherit] focus-visible:rounded-xl! focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
              >
                <PlayDisc className="transition-transform group-hover:scale-105" />
                <span className="text-sm font-semibold sm:text-base">{playLabel}</span>
              </button>
            ) : (
              <p className="absolute inset-0 flex items-center justify-center text-sm font-medium text-muted">
                Loading the player…
              </p>
            )}
            {/* Without JavaScript the button above cannot play (globals.css hides it): play on YouTube. */}
            <noscript>
              <a
                href={watchUrl(videoId)}
                rel="noopener noreferrer nofollow"
                aria-label={`Play on YouTube: ${title}`}
                className="absolute inset-0 flex flex-col items-center justify-center gap-3 rounded-[inherit] focus-visible:rounded-xl! focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
              >
                <PlayDisc />
                <span className="text-sm font-semibold sm:text-base">Play on YouTube</span>
              </a>
            </noscript>
            <p
              data-play-facade=""
              className="pointer-events-none absolute inset-x-0 bottom-2 text-center text-xs text-muted sm:bottom-3"
            >
              Loads YouTube (youtube-nocookie.com)
            </p>
          </>
        ) : null}

        {phase.kind === "failed" ? (
          <div className="absolute inset-0 flex flex-col items-center justify-center gap-4 rounded-[inherit] bg-surface-2 p-6 text-center">
            <p className="max-w-sm text-sm font-medium sm:text-base">{phase.reason}</p>
            <a
              href={watchUrl(videoId, phase.seconds)}
              rel="noopener noreferrer nofollow"
              className="rounded-full bg-accent px-5 py-2 text-sm font-semibold text-background hover:bg-accent-strong focus-visible:rounded-full! focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
            >
              Watch on YouTube
            </a>
          </div>
        ) : null}
      </div>

      <p role="status" aria-live="polite" className={announcementClass(announcement)}>
        {announcement}
      </p>
    </div>
  );
}

/** The big round play mark of the facade (the button, and the no-JavaScript link to YouTube). */
function PlayDisc({ className = "" }: { className?: string }) {
  return (
    <span
      className={`flex size-16 items-center justify-center rounded-full bg-accent text-background shadow-lg sm:size-20 ${className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="ml-1 size-8 fill-current sm:size-9">
        <path d="M7 4.5v15l12.5-7.5L7 4.5Z" />
      </svg>
    </span>
  );
}

/** Only the URL the page opened with matters: once the visitor plays, the facade (and its label) is gone. */
function subscribeToNothing(): () => void {
  return () => {};
}
