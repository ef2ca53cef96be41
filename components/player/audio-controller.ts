// The imperative half of the audio player: a native <audio> element seeked by chapter links and followed
// through the chapters as it plays. Same shape as the YouTube controller (MediaController).
import { chapterIndexAt, markCurrentChapter } from "./chapter-marks";
import type { MediaController } from "./use-chapter-navigation";

/** After a jump, `timeupdate` may still report the old position for a moment: keep the chosen chapter. */
const holdAfterJumpMs = 1000;

export function createAudioController(audio: HTMLAudioElement, starts: number[]): MediaController {
  let started = false;
  let failed = false;
  let current = -1;
  let holdUntil = 0;

  function markAt(seconds: number) {
    const index = chapterIndexAt(starts, seconds);
    if (index === current) return;
    current = index;
    markCurrentChapter(starts[index] ?? null);
  }

  const onTimeUpdate = () => {
    if (Date.now() >= holdUntil && Number.isFinite(audio.currentTime)) markAt(audio.currentTime);
  };
  const onPlay = () => {
    started = true;
  };
  const onError = () => {
    failed = true;
  };
  audio.addEventListener("timeupdate", onTimeUpdate);
  audio.addEventListener("play", onPlay);
  audio.addEventListener("error", onError);
  // The element may have failed before hydration attached the listener.
  if (audio.error) failed = true;

  return {
    get active() {
      return started && !failed;
    },
    get failed() {
      return failed;
    },
    get currentIndex() {
      return current;
    },
    mark(seconds: number) {
      markAt(seconds);
      // Before metadata this sets where playback will start (the default playback start position).
      audio.currentTime = seconds;
    },
    playFrom(seconds: number) {
      if (failed) return;
      markAt(seconds);
      holdUntil = Date.now() + holdAfterJumpMs;
      audio.currentTime = seconds;
      started = true;
      // A click is a user gesture, so play() is allowed; a rejection (no audio device) leaves it paused.
      void audio.play().catch(() => {});
    },
    dispose() {
      audio.removeEventListener("timeupdate", onTimeUpdate);
      audio.removeEventListener("play", onPlay);
      audio.removeEventListener("error", onError);
      markCurrentChapter(null);
    },
  };
}
