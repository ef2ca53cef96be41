"use client";
// The site's one player, mounted in the root layout so client-side navigation never stops it. It owns
// the media: the YouTube iframe's host (placed over the episode page's player box while that box is on
// screen, else over the mini-player's video spot: the iframe is never moved in the DOM, which would
// reload it) and the <audio> element. It renders the mini-player when the held episode's box is not on
// screen, the live region, the shortcut sheet, and the keys: k / Space play-pause, [ ] chapters, ? sheet.
import Link from "next/link";
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from "react";
import { isEditing, isModified, spaceBelongsToTarget } from "@/components/ui/keys";
import { episodePath } from "@/lib/site/routes";
import { watchUrl } from "@/lib/site/youtube";
import { ChapterProgress, currentChapterLabel, PlayerButtons } from "./player-controls";
import {
  announce,
  attachMedia,
  close,
  currentSlot,
  episodeKey,
  hasTarget,
  playerStore,
  stepChapter,
  toggle,
  type PlayerSnapshot,
} from "./player-store";
import { openShortcutSheet, ShortcutSheet } from "./shortcut-sheet";

/** The held episode's own page is on screen with its player box visible: no mini-player then. */
function isExpanded(state: PlayerSnapshot): boolean {
  const { episode, page, slotVisible } = state;
  return episode !== null && page !== null && slotVisible && episodeKey(page.episode) === episodeKey(episode);
}

export function PlayerDock() {
  const state = useSyncExternalStore(playerStore.subscribe, playerStore.get, playerStore.getServer);
  const hostRef = useRef<HTMLDivElement>(null);
  const audioRef = useRef<HTMLAudioElement>(null);
  const miniVideoRef = useRef<HTMLDivElement>(null);
  const expanded = isExpanded(state);
  const mini = state.episode !== null && !expanded;
  const video = state.episode?.media.kind === "video" && state.phase !== "failed";

  useEffect(() => attachMedia(hostRef.current, audioRef.current), []);
  usePlayerKeys();

  // The page leaves room at the bottom for the mini-player.
  useEffect(() => {
    const root = document.documentElement;
    if (mini) root.dataset.miniPlayer = video ? "video" : "audio";
    else delete root.dataset.miniPlayer;
  }, [mini, video]);

  // Place the video over its spot: the page's box (scrolls with the page) or the mini-player's (fixed).
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const spot = !video ? null : expanded ? currentSlot() : miniVideoRef.current;
    if (!spot) {
      host.hidden = true;
      return;
    }
    host.hidden = false;
    const place = () => {
      // Inside the spot's border: its padding box, to the fraction of a pixel.
      const box = spot.getBoundingClientRect();
      const border = getComputedStyle(spot);
      const [top, right, bottom, left] = [
        border.borderTopWidth,
        border.borderRightWidth,
        border.borderBottomWidth,
        border.borderLeftWidth,
      ].map((width) => parseFloat(width) || 0) as [number, number, number, number];
      host.style.position = expanded ? "absolute" : "fixed";
      host.style.top = `${box.top + top + (expanded ? window.scrollY : 0)}px`;
      host.style.left = `${box.left + left + (expanded ? window.scrollX : 0)}px`;
      host.style.width = `${box.width - left - right}px`;
      host.style.height = `${box.height - top - bottom}px`;
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(spot);
    observer.observe(document.body);
    window.addEventListener("resize", place);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", place);
    };
  }, [video, expanded, mini, state.episode]);

  return (
    <>
      <div
        ref={hostRef}
        data-player-host=""
        className={`overflow-hidden *:size-full ${expanded ? "z-30 rounded-xl" : "z-50 rounded-lg"}`}
      />
      <audio ref={audioRef} preload="none" data-player-audio="" className="hidden" />
      {mini && <MiniPlayer state={state} videoSpotRef={miniVideoRef} />}
      <ShortcutSheet />
      <p role="status" aria-live="polite" className={announcementClass(state.announcement)}>
        {state.announcement}
      </p>
    </>
  );
}

function MiniPlayer({
  state,
  videoSpotRef,
}: {
  state: PlayerSnapshot;
  videoSpotRef: React.RefObject<HTMLDivElement | null>;
}) {
  const { episode, phase, failure } = state;
  if (!episode) return null;
  const isVideo = episode.media.kind === "video";
  return (
    <section
      aria-label="Player"
      data-mini-player=""
      className="fixed inset-x-0 bottom-0 z-40 grid grid-cols-[auto_minmax(0,1fr)_auto] items-center gap-x-2.5 border-t border-border bg-surface px-3 pt-1 pb-[max(0.5rem,env(safe-area-inset-bottom))] shadow-[0_-6px_20px_-10px_rgb(0_0_0/0.25)] sm:inset-x-auto sm:right-4 sm:bottom-4 sm:w-[22rem] sm:grid-cols-1 sm:gap-y-1 sm:rounded-2xl sm:border sm:p-3 sm:shadow-2xl"
    >
      <div className="col-span-3 sm:col-span-1 sm:row-start-2">
        {phase === "failed" ? null : <ChapterProgress state={state} />}
      </div>
      {isVideo && phase !== "failed" ? (
        <div
          ref={videoSpotRef}
          data-mini-video=""
          className="col-start-1 row-start-2 aspect-video w-20 rounded-md bg-surface-2 sm:row-start-1 sm:w-full sm:rounded-lg"
        />
      ) : (
        <span
          aria-hidden="true"
          className="col-start-1 row-start-2 flex size-10 items-center justify-center rounded-lg bg-accent-soft text-accent-strong sm:hidden"
        >
          <svg viewBox="0 0 24 24" className="size-5 fill-none stroke-current" strokeWidth="2">
            <path d="M4 14v-2a8 8 0 0 1 16 0v2M4 14h3v6H5a1 1 0 0 1-1-1zM20 14h-3v6h2a1 1 0 0 0 1-1z" />
          </svg>
        </span>
      )}
      <div className="col-start-2 row-start-2 min-w-0 sm:col-start-1 sm:row-start-3">
        <Link
          href={episodePath(episode.show, episode.slug)}
          className="block truncate text-sm font-semibold hover:text-accent-strong hover:underline"
        >
          {episode.title}
        </Link>
        <p className="truncate text-xs text-muted" data-mini-chapter="">
          {failure ? (
            <>
              {failure.reason}{" "}
              {episode.media.kind === "video" && (
                <a
                  href={watchUrl(episode.media.videoId, failure.seconds)}
                  rel="noopener noreferrer nofollow"
                  className="font-medium text-accent-strong underline"
                >
                  Watch on YouTube
                </a>
              )}
            </>
          ) : phase === "loading" && !state.playing ? (
            "Loading…"
          ) : (
            currentChapterLabel(state)
          )}
        </p>
      </div>
      <div className="col-start-3 row-start-2 flex items-center gap-0.5 sm:col-start-1 sm:row-start-4 sm:justify-between">
        <PlayerButtons state={state} />
        <div className="flex items-center">
          <button
            type="button"
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
            onClick={openShortcutSheet}
            className="hidden size-10 items-center justify-center rounded-full text-sm font-semibold text-muted hover:bg-surface-2 hover:text-foreground sm:inline-flex"
          >
            ?
          </button>
          <button
            type="button"
            aria-label="Close the player"
            title="Close the player"
            onClick={close}
            className="inline-flex size-8 items-center justify-center rounded-full text-muted hover:bg-surface-2 hover:text-foreground sm:size-10"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 stroke-current" strokeWidth="2">
              <path d="M5 5l10 10M15 5 5 15" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      </div>
    </section>
  );
}

/** k / Space play-pause, [ ] chapters (with the page's URL following the held episode), ? the sheet. */
function usePlayerKeys() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isModified(event) || isEditing(event.target)) return;
      if (event.key === "?") {
        event.preventDefault();
        openShortcutSheet();
        return;
      }
      if (!hasTarget()) return;
      if (event.key === "k" || (event.key === " " && !spaceBelongsToTarget(event.target))) {
        // Space only once something is held: before that it scrolls the page as usual.
        if (event.key === " " && !playerStore.get().episode) return;
        event.preventDefault();
        toggle();
        return;
      }
      if (event.key !== "[" && event.key !== "]") return;
      const stepped = stepChapter(event.key === "]" ? 1 : -1);
      if (!stepped) return;
      event.preventDefault();
      const { page } = playerStore.get();
      if (page && episodeKey(page.episode) === episodeKey(stepped.episode)) {
        // replaceState (not push): the back button should leave the page, not step through chapters.
        window.history.replaceState(
          null,
          "",
          episodePath(stepped.episode.show, stepped.episode.slug, stepped.chapter.start),
        );
      } else {
        announce(stepped.chapter.title);
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}

/** The live region: visible as a toast while it has text, above the mini-player. */
function announcementClass(announcement: string): string {
  return announcement
    ? "fixed bottom-28 left-1/2 z-50 -translate-x-1/2 rounded-full bg-foreground px-4 py-2 text-sm font-medium text-background shadow-lg sm:bottom-6"
    : "sr-only";
}
