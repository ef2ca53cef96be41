"use client";
// What the video and the audio player share on an episode page: chapter links that seek instead of
// navigating, share links that copy `?t=` URLs, the [ ] keys, and deep links (`?t=` / `#t=`) marked on
// arrival. The player itself is behind `MediaController`; this hook only wires the page to it.
import { useEffect, useState, type RefObject } from "react";
import { parseDeepLinkTime } from "@/lib/site/deep-link";
import { episodePath } from "@/lib/site/routes";
import { chapterTracker, secondsAttribute, type ChapterTracker } from "./chapter-marks";

/** What a player shares with the page: how far playback got, and the chapter it is in. */
export type MediaState = {
  /** The visitor has started playback: the [ ] keys work from then on, unless it failed. */
  started: boolean;
  /** After a failure chapter links are plain links again (to YouTube, or to the audio file). */
  failed: boolean;
  readonly chapters: ChapterTracker;
};

/** A player's state before anything happened; `holdAfterJumpMs` is how long its position lags a seek. */
export function mediaState(starts: readonly number[], holdAfterJumpMs: number): MediaState {
  return { started: false, failed: false, chapters: chapterTracker(starts, holdAfterJumpMs) };
}

/** What the page needs from a player: the YouTube controller and the audio controller both are one. */
export type MediaController = {
  readonly state: MediaState;
  /** Where playback will start, for a deep link on arrival (the page marks its chapter); starts nothing. */
  cue?(seconds: number): void;
  playFrom(seconds: number): void;
  /** Lets go of the player; the page unmarks the chapters. */
  dispose(): void;
};

type Options = {
  /** The episode's show and slug: the page the `?t=` URLs and share links point at. */
  show: string;
  slug: string;
  /** Chapter starts, ascending. */
  starts: number[];
  durationSeconds?: number | null;
  /** Made once per mount, after the DOM exists; disposed on unmount. */
  createController: () => MediaController | null;
  /** The player's box: scrolled into view when a chapter far down the page starts it. */
  boxRef: RefObject<HTMLElement | null>;
  /** Re-create the controller when this changes (the episode, its media and its chapters). */
  key: string;
};

const announceMs = 2000;

/** Returns the live-region text ("Link copied") for the caller to render. */
export function useChapterNavigation({
  show,
  slug,
  starts,
  durationSeconds,
  createController,
  boxRef,
  key,
}: Options) {
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    const controller = createController();
    if (!controller) return;
    let announceTimer: number | undefined;

    // replaceState (not push): the back button should leave the page, not step through chapters.
    const showTimeInUrl = (seconds: number) =>
      window.history.replaceState(null, "", episodePath(show, slug, seconds));

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
      if (await copyText(window.location.origin + episodePath(show, slug, seconds))) announce("Link copied");
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
        if (seconds === null || controller.state.failed) return;
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
      const { started, failed, chapters } = controller.state;
      if (!started || failed || isEditing(event.target)) return;
      const index = chapters.current + (event.key === "]" ? 1 : -1);
      const seconds = starts[Math.max(0, index)];
      if (seconds === undefined) return;
      event.preventDefault();
      jump(seconds);
    };

    const linked = parseDeepLinkTime(window.location.search, window.location.hash, durationSeconds);
    if (linked !== null) {
      showTimeInUrl(linked);
      controller.state.chapters.mark(linked);
      controller.cue?.(linked);
    }

    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKeyDown);
      window.clearTimeout(announceTimer);
      controller.dispose();
      controller.state.chapters.clear();
    };
    // `key` stands for show, slug, media and starts; createController and boxRef are stable per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, durationSeconds]);

  return announcement;
}

/** The live region a player renders for `announcement`: visible as a toast while it has text. */
export function announcementClass(announcement: string): string {
  return announcement
    ? "fixed bottom-4 left-1/2 z-50 -translate-x-1/2 rounded-full bg-foreground px-4 py-2 text-sm font-medium text-background shadow-lg"
    : "sr-only";
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
