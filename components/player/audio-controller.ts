// The imperative half of the audio player: a native <audio> element seeked by chapter links and followed
// through the chapters as it plays. Same shape as the YouTube controller (MediaController).
import { mediaState, type MediaController } from "./use-chapter-navigation";

/** After a jump, `timeupdate` may still report the old position for a moment: keep the chosen chapter. */
const holdAfterJumpMs = 1000;

export function createAudioController(audio: HTMLAudioElement, starts: number[]): MediaController {
  const state = mediaState(starts, holdAfterJumpMs);

  const onTimeUpdate = () => state.chapters.follow(audio.currentTime);
  const onPlay = () => {
    state.started = true;
  };
  const onError = () => {
    state.failed = true;
  };
  audio.addEventListener("timeupdate", onTimeUpdate);
  audio.addEventListener("play", onPlay);
  audio.addEventListener("error", onError);
  // The element may have failed before hydration attached the listener.
  if (audio.error) state.failed = true;

  return {
    state,
    cue(seconds: number) {
      // Before metadata this sets where playback will start (the default playback start position).
      audio.currentTime = seconds;
    },
    playFrom(seconds: number) {
      if (state.failed) return;
      state.chapters.jump(seconds);
      audio.currentTime = seconds;
      state.started = true;
      // A click is a user gesture, so play() is allowed; a rejection (no audio device) leaves it paused.
      void audio.play().catch(() => {});
    },
    dispose() {
      audio.removeEventListener("timeupdate", onTimeUpdate);
      audio.removeEventListener("play", onPlay);
      audio.removeEventListener("error", onError);
    },
  };
}
