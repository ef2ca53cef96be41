"use client";
// An episode page's player box. Nothing loads from YouTube (or the audio host) before the visitor asks:
// the box shows a play button until then. Playing hands the episode to the layout's player
// (player-dock.tsx), which places the video over this box while it is on screen and in the mini-player
// when it is not; an audio episode's box shows the player's controls. Without JavaScript the play
// button gives way to a link that plays on YouTube, or to the browser's own audio player.
import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import { formatDuration } from "@/lib/catalog/time";
import { watchUrl } from "@/lib/site/youtube";
import { openShortcutSheet } from "./shortcut-sheet";
import { ChapterProgress, currentChapterLabel, PlayerButtons } from "./player-controls";
import {
  attachSlot,
  episodeKey,
  isHeld,
  play,
  playerStore,
  setSlotVisible,
  type PlayerMedia,
  type PlayerSnapshot,
} from "./player-store";

type Props = { show: string; slug: string; title: string; media: PlayerMedia };

/** Share of the box that must show for it to count as on screen (else the mini-player takes over). */
const visibleRatio = 0.3;

export function EpisodePlayer({ show, slug, title, media }: Props) {
  const state = useSyncExternalStore(playerStore.subscribe, playerStore.get, playerStore.getServer);
  const key = episodeKey({ show, slug });
  const held = isHeld({ show, slug }, state);
  const cue = state.page && episodeKey(state.page.episode) === key ? state.page.cue : null;
  const boxRef = useRef<HTMLDivElement>(null);

  const slotRef = useCallback((element: HTMLDivElement | null) => {
    boxRef.current = element;
    attachSlot(element);
  }, []);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const observer = new IntersectionObserver(
      ([entry]) => setSlotVisible(Boolean(entry && entry.intersectionRatio >= visibleRatio)),
      // The sticky header hides the top 3.5rem.
      { threshold: [0, visibleRatio, 0.6, 1], rootMargin: "-56px 0px 0px 0px" },
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const start = () => {
    const page = playerStore.get().page;
    if (!page || episodeKey(page.episode) !== key) return;
    boxRef.current?.focus();
    play(page.episode, cue ?? 0);
  };
  const playLabel = cue
    ? `Play from ${formatDuration(cue)}`
    : media.kind === "video"
      ? "Play video"
      : "Play audio";

  if (media.kind === "audio") {
    return (
      <div
        ref={slotRef}
        tabIndex={-1}
        data-player-box=""
        className="rounded-2xl border border-border bg-surface-2 p-4 sm:p-5"
      >
        {held ? (
          <AudioControls state={state} src={media.src} />
        ) : (
          <>
            <div className="flex items-center gap-4">
              <button
                type="button"
                data-play-facade=""
                aria-label={`${playLabel}: ${title}`}
                onClick={start}
                className="flex size-14 shrink-0 items-center justify-center rounded-full bg-accent text-on-accent shadow hover:bg-accent-strong"
              >
                <svg aria-hidden="true" viewBox="0 0 24 24" className="ml-1 size-7 fill-current">
                  <path d="M7 4.5v15l12.5-7.5L7 4.5Z" />
                </svg>
              </button>
              <div className="min-w-0">
                <p className="font-medium">Listen to this episode</p>
                <p className="text-sm text-muted" data-js-only="">
                  {playLabel}; chapter times play the audio from that moment.
                </p>
              </div>
            </div>
            <noscript>
              <audio
                controls
                preload="none"
                src={media.src}
                aria-label={`Audio: ${title}`}
                className="w-full"
              />
            </noscript>
          </>
        )}
        <p className="mt-3 text-xs text-muted">
          <a href={media.src} rel="noopener noreferrer nofollow" className="underline hover:text-foreground">
            Audio file
          </a>
          .<ShortcutsHint />
        </p>
      </div>
    );
  }

  const failure = held ? state.failure : null;
  const showFacade = !held;
  return (
    <div>
      {/* No overflow-hidden on the box: it would clip the play button's focus ring (outline-offset). */}
      <div
        ref={slotRef}
        tabIndex={-1}
        data-player-box=""
        className="relative aspect-video w-full rounded-xl border border-border bg-surface-2 focus-visible:rounded-xl!"
      >
        {showFacade && (
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
            <button
              type="button"
              data-play-facade=""
              aria-label={`${playLabel}: ${title}`}
              onClick={start}
              className="group absolute inset-0 flex cursor-pointer flex-col items-center justify-center gap-3 rounded-[inherit] focus-visible:rounded-xl! focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
            >
              <PlayDisc className="transition-transform group-hover:scale-105" />
              <span className="text-sm font-semibold sm:text-base">{playLabel}</span>
            </button>
            {/* Without JavaScript the button above cannot play (globals.css hides it): play on YouTube. */}
            <noscript>
              <a
                href={watchUrl(media.videoId)}
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
        )}
        {held && state.phase === "loading" && !failure && (
          <p className="absolute inset-0 flex items-center justify-center text-sm font-medium text-muted">
            Loading the player…
          </p>
        )}
        {failure && (
          <div className="absolute inset-0 flex flex-col items-center justify-center gap-4 rounded-[inherit] bg-surface-2 p-6 text-center">
            <p className="max-w-sm text-sm font-medium sm:text-base">{failure.reason}</p>
            <a
              href={watchUrl(media.videoId, failure.seconds)}
              rel="noopener noreferrer nofollow"
              className="rounded-full bg-accent px-5 py-2 text-sm font-semibold text-on-accent hover:bg-accent-strong focus-visible:rounded-full! focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
            >
              Watch on YouTube
            </a>
          </div>
        )}
      </div>
      <p className="mt-2 text-xs text-muted">
        <ShortcutsHint />
      </p>
    </div>
  );
}

/** An audio episode's box once it is held: the player's controls, in place. */
function AudioControls({ state, src }: { state: PlayerSnapshot; src: string }) {
  if (state.failure) {
    return (
      <p className="text-sm font-medium">
        {state.failure.reason}{" "}
        <a href={src} rel="noopener noreferrer nofollow" className="text-accent-strong underline">
          Open the audio file
        </a>
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center gap-3">
        <PlayerButtons state={state} size="large" />
        <p className="min-w-0 truncate text-sm text-muted" data-box-chapter="">
          {state.phase === "loading" && !state.playing ? "Loading…" : currentChapterLabel(state)}
        </p>
      </div>
      <ChapterProgress state={state} />
    </div>
  );
}

/** Names the keys once, where the player is; the `?` sheet lists them all. Hidden on touch screens. */
function ShortcutsHint() {
  return (
    <span className="hidden pointer-fine:inline" data-js-only="">
      {" "}
      Keys: <kbd className="font-mono">k</kbd> play/pause, <kbd className="font-mono">[</kbd>{" "}
      <kbd className="font-mono">]</kbd> chapters.{" "}
      <button type="button" onClick={openShortcutSheet} className="underline hover:text-foreground">
        All shortcuts
      </button>
    </span>
  );
}

/** The big round play mark of the facade (the button, and the no-JavaScript link to YouTube). */
function PlayDisc({ className = "" }: { className?: string }) {
  return (
    <span
      className={`flex size-16 items-center justify-center rounded-full bg-accent text-on-accent shadow-lg sm:size-20 ${className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="ml-1 size-8 fill-current sm:size-9">
        <path d="M7 4.5v15l12.5-7.5L7 4.5Z" />
      </svg>
    </span>
  );
}
