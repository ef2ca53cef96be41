"use client";
// An episode page's behaviour, whatever its media: deep links (`?t=` / `#t=`, canonicalised and marked),
// chapter links that play the layout's player instead of navigating, share links and copy-time buttons
// that copy, the current chapter marked while this episode is the one held, and focus following it when
// the visitor is in the chapter list. Renders nothing: the chapter list is server-rendered.
import { useEffect, useSyncExternalStore } from "react";
import { parseDeepLinkTime } from "@/lib/site/deep-link";
import { episodePath } from "@/lib/site/routes";
import { chapterIndexAt, markCurrentChapter, secondsAttribute } from "./chapter-marks";
import {
  announce,
  episodeKey,
  isHeld,
  play,
  playerStore,
  showPage,
  type PlayerEpisode,
} from "./player-store";

type Props = {
  show: string;
  slug: string;
  /** Chapter starts, ascending. */
  starts: number[];
  durationSeconds: number | null;
  /** The episode as the player plays it; null when it has neither video nor audio. */
  episode: PlayerEpisode | null;
};

export function ChapterLinks({ show, slug, starts, durationSeconds, episode }: Props) {
  const state = useSyncExternalStore(playerStore.subscribe, playerStore.get, playerStore.getServer);
  const held = episode !== null && isHeld(episode, state);
  const cue =
    episode && state.page && episodeKey(state.page.episode) === episodeKey(episode) ? state.page.cue : null;
  const startsKey = starts.join(" ");

  // Arrival: the deep link, then the page tells the player it is on screen.
  useEffect(() => {
    const linked = parseDeepLinkTime(window.location.search, window.location.hash, durationSeconds);
    if (linked !== null) window.history.replaceState(null, "", episodePath(show, slug, linked));
    if (episode) {
      const leave = showPage(episode, linked);
      return () => {
        leave();
        markCurrentChapter(null);
      };
    }
    // No player: the deep link only marks its chapter.
    markCurrentChapter(linked === null ? null : (starts[chapterIndexAt(starts, linked)] ?? null));
    return () => markCurrentChapter(null);
    // startsKey stands for starts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [show, slug, startsKey, durationSeconds, episode]);

  // The marked chapter: the player's while it holds this episode, else the deep link's.
  const marked = held
    ? (starts[state.chapter] ?? null)
    : cue !== null
      ? (starts[chapterIndexAt(starts, cue)] ?? null)
      : null;
  useEffect(() => {
    if (!episode) return;
    const active = document.activeElement;
    const inList = active instanceof HTMLElement && active.closest("[data-chapter-list]") !== null;
    markCurrentChapter(marked);
    // Focus follows the current chapter only when the visitor is in the list already.
    if (inList && marked !== null && held) {
      const link = document.querySelector<HTMLElement>(
        `[data-chapter-list] [data-chapter][data-start="${marked}"] a[data-seek]`,
      );
      if (link && link !== active) link.focus({ preventScroll: false });
    }
  }, [marked, held, episode]);

  // Clicks: seek, share, copy a time.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (!(event.target instanceof Element)) return;
      const control = event.target.closest<HTMLElement>(
        "a[data-seek], a[data-share], button[data-copy-time]",
      );
      if (!control) return;
      if (control.hasAttribute("data-seek")) {
        const seconds = secondsAttribute(control.dataset.seek);
        const current = playerStore.get();
        if (seconds === null || !episode || (isHeld(episode, current) && current.phase === "failed")) return;
        event.preventDefault();
        play(episode, seconds);
        window.history.replaceState(null, "", episodePath(show, slug, seconds));
      } else if (control.hasAttribute("data-share")) {
        const seconds = secondsAttribute(control.dataset.share);
        if (seconds === null) return;
        event.preventDefault();
        void copyText(window.location.origin + episodePath(show, slug, seconds)).then((copied) => {
          if (copied) announce("Link copied");
          else window.location.assign((control as HTMLAnchorElement).href);
        });
      } else {
        const time = control.dataset.copyTime ?? "";
        void copyText(time).then((copied) =>
          announce(copied ? `Time ${time} copied` : `Could not copy; the time is ${time}`),
        );
      }
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [show, slug, episode]);

  return null;
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
    area.className = "fixed opacity-0";
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
