// The audio engine: an <audio> element (made by the layout's player, without native controls) seeked and
// followed through the chapters. Same shape as the YouTube engine.
import type { EngineEvents, MediaEngine } from "./media-engine";

type Options = {
  audio: HTMLAudioElement;
  src: string;
  start: number;
  events: EngineEvents;
};

export function createAudioEngine({ audio, src, start, events }: Options): MediaEngine {
  let failed = false;
  const onTime = () => events.onTime(audio.currentTime);
  const onDuration = () => {
    if (Number.isFinite(audio.duration) && audio.duration > 0) events.onDuration(audio.duration);
  };
  const onPlay = () => events.onPlaying(true);
  const onPause = () => events.onPlaying(false);
  const onReady = () => events.onPhase({ kind: "ready" });
  const onError = () => {
    if (failed) return;
    failed = true;
    events.onPlaying(false);
    events.onPhase({
      kind: "failed",
      reason: "The audio file could not be played here.",
      seconds: Math.floor(audio.currentTime),
    });
  };
  const listeners: [string, () => void][] = [
    ["timeupdate", onTime],
    ["seeked", onTime],
    ["durationchange", onDuration],
    ["loadedmetadata", onDuration],
    ["play", onPlay],
    ["pause", onPause],
    ["ended", onPause],
    ["canplay", onReady],
    ["error", onError],
  ];
  for (const [type, listener] of listeners) audio.addEventListener(type, listener);

  const playNow = () => {
    // A click or key is a user gesture, so play() is allowed; a rejection (no audio device) leaves it paused.
    audio.play().catch(() => events.onPlaying(false));
  };

  events.onPhase({ kind: "loading" });
  audio.src = src;
  audio.currentTime = start;
  playNow();

  return {
    playFrom(seconds) {
      if (failed) return;
      audio.currentTime = seconds;
      events.onTime(seconds);
      playNow();
    },
    play() {
      if (!failed) playNow();
    },
    pause() {
      audio.pause();
    },
    dispose() {
      for (const [type, listener] of listeners) audio.removeEventListener(type, listener);
      audio.pause();
      audio.removeAttribute("src");
      audio.load();
    },
  };
}
