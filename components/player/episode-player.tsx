"use client";
// The episode page's one client island: a click-to-load YouTube player (nothing from Google loads before
// the visitor asks). It also enhances the server-rendered chapter list: jump links, the current chapter,
// share links, deep links (?t= / #t=) and the [ ] keys. Without JavaScript those stay plain links.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { parseDeepLinkTime } from "@/lib/deep-link";
import { formatDuration } from "@/lib/format";
import { watchUrl } from "@/lib/youtube";
import { secondsAttribute } from "./chapter-marks";
import { createPlayerController, type PlayerController, type PlayerPhase } from "./player-controller";

export type PlayerChapter = { start: number; title: string };

export type EpisodePlayerProps = {
  videoId: string;
  title: string;
  slug: string;
  /** Ascending by start (seconds). */
  chapters: PlayerChapter[];
  /** When known, deep links past the end are ignored. */
  durationSeconds?: number | null;
};

export function EpisodePlayer(props: EpisodePlayerProps) {
  // Another episode is another player: remount instead of reconciling a live iframe.
  return <PlayerIsland key={`${props.slug}/${props.videoId}`} {...props} />;
}

const announceMs = 2000;

function PlayerIsland({ videoId, title, slug, chapters, durationSeconds }: EpisodePlayerProps) {
  const [phase, setPhase] = useState<PlayerPhase>({ kind: "facade" });
  // The time the page's URL asks for; null on the server, read once hydrated.
  const deepLinkStart = useSyncExternalStore(
    subscribeToNothing,
    () => parseDeepLinkTime(window.location.search, window.location.hash, durationSeconds),
    () => null,
  );
  const [announcement, setAnnouncement] = useState("");
  const boxRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<PlayerController | null>(null);
  // A string, so a parent re-render with an equal chapter array does not tear the player down.
  const startsKey = chapters.map((chapter) => chapter.start).join(" ");

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const starts = startsKey === "" ? [] : startsKey.split(" ").map(Number);
    const controller = createPlayerController({ videoId, title, starts, host, onPhase: setPhase });
    controllerRef.current = controller;
    let announceTimer: number | undefined;

    const episodeUrl = (seconds: number) => `/episodes/${encodeURIComponent(slug)}?t=${seconds}`;
    // replaceState (not push): the back button should leave the page, not step through chapters.
    const showTimeInUrl = (seconds: number) => window.history.replaceState(null, "", episodeUrl(seconds));

    const announce = (message: string) => {
      window.clearTimeout(announceTimer);
      setAnnouncement(message);
      announceTimer = window.setTimeout(() => setAnnouncement(""), announceMs);
    };

    const jump = (seconds: number) => {
      controller.playFrom(seconds);
      showTimeInUrl(seconds);
      bringIntoView(boxRef.current);
    };

    const share = async (link: HTMLAnchorElement, seconds: number) => {
      if (await copyText(window.location.origin + episodeUrl(seconds))) announce("Link copied");
      else window.location.assign(link.href);
    };

    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (!(event.target instanceof Element)) return;
      const link = event.target.closest<HTMLAnchorElement>("a[data-seek], a[data-share]");
      if (!link) return;
      if (link.hasAttribute("data-seek")) {
        const seconds = secondsAttribute(link.dataset.seek);
        // After a player failure chapter links are plain links to YouTube again.
        if (seconds === null || controller.failed) return;
        event.preventDefault();
        jump(seconds);
      } else {
        const seconds = secondsAttribute(link.dataset.share);
        if (seconds === null) return;
        event.preventDefault();
        void share(link, seconds);
      }
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "[" && event.key !== "]") return;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (!controller.active || isEditing(event.target)) return;
      const index = controller.currentIndex + (event.key === "]" ? 1 : -1);
      const seconds = starts[Math.max(0, index)];
      if (seconds === undefined) return;
      event.preventDefault();
      jump(seconds);
    };

    const linked = parseDeepLinkTime(window.location.search, window.location.hash, durationSeconds);
    if (linked !== null) {
      showTimeInUrl(linked);
      controller.mark(linked);
    }

    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKeyDown);
      window.clearTimeout(announceTimer);
      controller.dispose();
      controllerRef.current = null;
    };
  }, [videoId, title, slug, startsKey, durationSeconds]);

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
                aria-label={`${playLabel}: ${title}`}
                onClick={() => {
                  boxRef.current?.focus();
                  controllerRef.current?.playFrom(deepLinkStart ?? 0);
                }}
                className="group absolute inset-0 flex cursor-pointer flex-col items-center justify-center gap-3 rounded-[inherit] focus-visible:rounded-xl! focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
              >
                <span className="flex size-16 items-center justify-center rounded-full bg-accent text-background shadow-lg transition-transform group-hover:scale-105 sm:size-20">
                  <svg aria-hidden="true" viewBox="0 0 24 24" className="ml-1 size-8 fill-current sm:size-9">
                    <path d="M7 4.5v15l12.5-7.5L7 4.5Z" />
                  </svg>
                </span>
                <span className="text-sm font-semibold sm:text-base">{playLabel}</span>
              </button>
            ) : (
              <p className="absolute inset-0 flex items-center justify-center text-sm font-medium text-muted">
                Loading the player…
              </p>
            )}
            <p className="pointer-events-none absolute inset-x-0 bottom-2 text-center text-xs text-muted sm:bottom-3">
              Loads YouTube (youtube-nocookie.com)
            </p>
          </>
        ) : null}

        {phase.kind === "failed" ? (
          <div className="absolute inset-0 flex flex-col items-center justify-center gap-4 rounded-[inherit] bg-surface-2 p-6 text-center">
            <p className="max-w-sm text-sm font-medium sm:text-base">{phase.reason}</p>
            <a
              href={watchUrl(videoId, phase.seconds)}
              className="rounded-full bg-accent px-5 py-2 text-sm font-semibold text-background hover:bg-accent-strong focus-visible:rounded-full! focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
            >
              Watch on YouTube
            </a>
          </div>
        ) : null}
      </div>

      <p
        role="status"
        aria-live="polite"
        className={
          announcement
            ? "fixed bottom-4 left-1/2 z-50 -translate-x-1/2 rounded-full bg-foreground px-4 py-2 text-sm font-medium text-background shadow-lg"
            : "sr-only"
        }
      >
        {announcement}
      </p>
    </div>
  );
}

/** Only the URL the page opened with matters: once the visitor plays, the facade (and its label) is gone. */
function subscribeToNothing(): () => void {
  return () => {};
}

/** Focus is in a text field or editor: the [ ] keys are typing, not shortcuts. */
function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select") !== null;
}

/** Scrolls the player into view when a chapter far down the page starts it; leaves it if any part shows. */
function bringIntoView(box: HTMLElement | null) {
  if (!box) return;
  const { top, bottom } = box.getBoundingClientRect();
  if (bottom > 0 && top < window.innerHeight) return;
  const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  box.scrollIntoView({ block: "center", behavior: reduced ? "auto" : "smooth" });
}

/** Copies with the async Clipboard API, else the old textarea route; false when neither works. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const previous = document.activeElement;
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand("copy");
    } catch {
      copied = false;
    }
    area.remove();
    if (previous instanceof HTMLElement) previous.focus();
    return copied;
  }
}
