// The one player of the site, as state outside React: which episode the layout's player holds, how far
// it got, the chapter it is in, and which episode page (if any) is on screen with its player box. The
// layout's dock (player-dock.tsx) owns the media elements and renders the mini-player; an episode page's
// islands (episode-player.tsx, chapter-links.tsx) read and drive the same state, so client-side navigation
// never stops playback. Components subscribe with useSyncExternalStore.
import { chapterTracker, type ChapterTracker } from "./chapter-marks";
import { createAudioEngine } from "./audio-engine";
import type { EnginePhase, MediaEngine } from "./media-engine";
import { createYouTubeEngine } from "./youtube-engine";

export type PlayerChapter = { start: number; title: string };

export type PlayerMedia = { kind: "video"; videoId: string } | { kind: "audio"; src: string };

/** An episode as the player needs it: plain data, passed from the server page as props. */
export type PlayerEpisode = {
  show: string;
  slug: string;
  title: string;
  media: PlayerMedia;
  /** Ascending by start (seconds). */
  chapters: PlayerChapter[];
  durationSeconds: number | null;
};

export type PlayerSnapshot = {
  /** The episode the player holds (playing, paused, loading or failed); null before the first play. */
  episode: PlayerEpisode | null;
  phase: "idle" | "loading" | "ready" | "failed";
  failure: { reason: string; seconds: number } | null;
  playing: boolean;
  /** Seconds into the held episode. */
  time: number;
  /** The held episode's length: from the media once known, else the catalog's. */
  duration: number | null;
  /** Index of the current chapter of the held episode, -1 before the first. */
  chapter: number;
  /** The episode page on screen, when it has a player box; its time from a deep link, if any. */
  page: { episode: PlayerEpisode; cue: number | null } | null;
  /** That page's player box is on screen (else the mini-player shows). */
  slotVisible: boolean;
  /** A short message for the live region ("Link copied"); empty when there is none. */
  announcement: string;
};

/** The player's part of the state when it holds nothing: before the first play and after close(). */
const nothingHeld = {
  episode: null,
  phase: "idle",
  failure: null,
  playing: false,
  time: 0,
  duration: null,
  chapter: -1,
} satisfies Partial<PlayerSnapshot>;

const idle: PlayerSnapshot = { ...nothingHeld, page: null, slotVisible: false, announcement: "" };

/** After a jump, players may report the old position for a moment: keep the chapter the visitor chose. */
const holdAfterJumpMs = 2000;
const announceMs = 2500;

let snapshot: PlayerSnapshot = idle;
const listeners = new Set<() => void>();
let engine: MediaEngine | null = null;
let tracker: ChapterTracker | null = null;
let videoHost: HTMLElement | null = null;
let audioElement: HTMLAudioElement | null = null;
let slotElement: HTMLElement | null = null;
let announceTimer: number | undefined;

function update(patch: Partial<PlayerSnapshot>) {
  snapshot = { ...snapshot, ...patch };
  for (const listener of listeners) listener();
}

export const playerStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): PlayerSnapshot => snapshot,
  /** The server renders every page as if nothing had been played. */
  getServer: (): PlayerSnapshot => idle,
};

/** Where episodes are told apart: the show's and the episode's slugs. */
export function episodeKey(episode: { show: string; slug: string }): string {
  return `${episode.show}/${episode.slug}`;
}

export function isHeld(episode: { show: string; slug: string }, state = snapshot): boolean {
  return state.episode !== null && episodeKey(state.episode) === episodeKey(episode);
}

/** The layout's dock hands over the elements media plays in. */
export function attachMedia(host: HTMLElement | null, audio: HTMLAudioElement | null): () => void {
  videoHost = host;
  audioElement = audio;
  return () => {
    close();
    videoHost = null;
    audioElement = null;
  };
}

/** An episode page with media is on screen; returns what to call when it goes. */
export function showPage(episode: PlayerEpisode, cue: number | null): () => void {
  update({ page: { episode, cue }, slotVisible: true });
  return () => {
    if (snapshot.page?.episode === episode) update({ page: null, slotVisible: false });
  };
}

/** The episode page's player box, for the dock to place the video over. */
export function attachSlot(element: HTMLElement | null): void {
  slotElement = element;
}

export function currentSlot(): HTMLElement | null {
  return slotElement?.isConnected ? slotElement : null;
}

export function setSlotVisible(visible: boolean): void {
  if (snapshot.slotVisible !== visible) update({ slotVisible: visible });
}

export function announce(message: string): void {
  window.clearTimeout(announceTimer);
  update({ announcement: message });
  announceTimer = window.setTimeout(() => update({ announcement: "" }), announceMs);
}

function onPhase(phase: EnginePhase) {
  if (phase.kind === "failed") {
    update({ phase: "failed", failure: { reason: phase.reason, seconds: phase.seconds }, playing: false });
  } else {
    update({ phase: phase.kind, failure: null });
  }
}

function load(episode: PlayerEpisode, start: number) {
  engine?.dispose();
  engine = null;
  const starts = episode.chapters.map((chapter) => chapter.start);
  tracker = chapterTracker(starts, holdAfterJumpMs, (chapterStart) =>
    update({ chapter: chapterStart === null ? -1 : starts.indexOf(chapterStart) }),
  );
  update({
    episode,
    phase: "loading",
    failure: null,
    playing: false,
    time: start,
    duration: episode.durationSeconds,
    chapter: -1,
  });
  tracker.jump(start);
  const events = {
    onPhase,
    onTime: (seconds: number) => {
      tracker?.follow(seconds);
      if (Math.floor(seconds) !== Math.floor(snapshot.time)) update({ time: seconds });
    },
    onPlaying: (playing: boolean) => {
      if (playing !== snapshot.playing) update({ playing });
    },
    onDuration: (seconds: number) => {
      if (Math.round(seconds) !== Math.round(snapshot.duration ?? -1)) update({ duration: seconds });
    },
  };
  if (episode.media.kind === "video") {
    if (!videoHost) return;
    engine = createYouTubeEngine({
      videoId: episode.media.videoId,
      title: episode.title,
      host: videoHost,
      start,
      events,
    });
  } else {
    if (!audioElement) return;
    engine = createAudioEngine({ audio: audioElement, src: episode.media.src, start, events });
    setMediaSession(episode);
  }
}

/**
 * Plays `episode` from `seconds` (or on from where it is, or its start): loads it into the player when
 * the player holds another one or failed, else seeks. Returns false when it cannot play.
 */
export function play(episode: PlayerEpisode, seconds?: number): boolean {
  if (!isHeld(episode) || snapshot.phase === "failed") {
    load(episode, seconds ?? 0);
    return true;
  }
  if (seconds === undefined) {
    engine?.play();
  } else {
    tracker?.jump(seconds);
    update({ time: seconds });
    engine?.playFrom(seconds);
  }
  return true;
}

/** The episode the keys act on: the one held, else the page's. */
function target(): PlayerEpisode | null {
  return snapshot.episode ?? snapshot.page?.episode ?? null;
}

export function hasTarget(): boolean {
  return target() !== null;
}

/** Play/pause: starts the page's episode (at its deep-link time) when nothing is held yet. */
export function toggle(): void {
  const { episode, page, playing, phase } = snapshot;
  if (!episode) {
    if (page) play(page.episode, page.cue ?? 0);
    return;
  }
  if (phase === "failed") return;
  if (playing) engine?.pause();
  else engine?.play();
}

/**
 * Moves `delta` chapters from the current one (of the held episode, else from before the page's first
 * chapter) and plays from there. Returns the chapter played, or null when there is none that way.
 */
export function stepChapter(delta: 1 | -1): { episode: PlayerEpisode; chapter: PlayerChapter } | null {
  const episode = target();
  if (!episode || (isHeld(episode) && snapshot.phase === "failed")) return null;
  const current = isHeld(episode) ? snapshot.chapter : -1;
  const chapter = episode.chapters[Math.max(0, current + delta)];
  if (!chapter) return null;
  play(episode, chapter.start);
  return { episode, chapter };
}

export function seek(seconds: number): void {
  if (snapshot.episode && snapshot.phase !== "failed") play(snapshot.episode, seconds);
}

/** Stops and forgets the held episode: the mini-player goes away. */
export function close(): void {
  engine?.dispose();
  engine = null;
  tracker = null;
  update(nothingHeld);
  if ("mediaSession" in navigator) navigator.mediaSession.metadata = null;
}

/** Lock screens and headphone buttons drive the audio player. */
function setMediaSession(episode: PlayerEpisode) {
  if (!("mediaSession" in navigator) || typeof MediaMetadata === "undefined") return;
  navigator.mediaSession.metadata = new MediaMetadata({ title: episode.title, artist: episode.show });
  const handlers: [MediaSessionAction, () => void][] = [
    ["play", () => engine?.play()],
    ["pause", () => engine?.pause()],
    ["previoustrack", () => stepChapter(-1)],
    ["nexttrack", () => stepChapter(1)],
  ];
  for (const [action, handler] of handlers) {
    try {
      navigator.mediaSession.setActionHandler(action, handler);
    } catch {
      // A browser that does not know the action ignores it.
    }
  }
}
