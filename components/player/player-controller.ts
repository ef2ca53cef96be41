// The imperative half of the player island: creates the YouTube player on first use, queues times until
// it is ready, seeks, follows playback through the chapters. React only renders what `onPhase` reports.
import { YOUTUBE_EMBED_ORIGIN } from "@/lib/site/youtube";
import { mediaState, type MediaController } from "./use-chapter-navigation";
import { loadYouTubeApi, PLAYING, type YouTubePlayer } from "./youtube-api";

export type PlayerPhase =
  | { kind: "facade" }
  | { kind: "loading" }
  | { kind: "ready" }
  | { kind: "failed"; reason: string; seconds: number };

type ControllerOptions = {
  videoId: string;
  title: string;
  /** Chapter starts in seconds, ascending. */
  starts: number[];
  /** Where the player's iframe goes; the controller owns its children. */
  host: HTMLElement;
  onPhase: (phase: PlayerPhase) => void;
};

const pollMs = 1000;
/** The API loaded but the player never became ready (its iframe blocked, say): show the link instead. */
const readyTimeoutMs = 15_000;
/** After a jump, polls may still report the old position for a moment: keep the chapter the visitor chose. */
const holdAfterJumpMs = 2000;

/** onError codes: 2 bad parameter, 5 HTML5 player error, 100 gone or private, 101/150 embedding refused. */
function errorReason(code: number): string {
  if (code === 101 || code === 150) return "The video's owner does not allow it to play on other sites.";
  if (code === 100) return "This video is no longer available on YouTube.";
  return "The video could not be played here.";
}

export function createPlayerController({
  videoId,
  title,
  starts,
  host,
  onPhase,
}: ControllerOptions): MediaController {
  const state = mediaState(starts, holdAfterJumpMs);
  let player: YouTubePlayer | null = null;
  let ready = false;
  let disposed = false;
  /** The time wanted before the player was ready; the first load uses `start` instead of a seek. */
  let wanted = 0;
  let firstStart = 0;
  let poll: number | undefined;
  let readyTimer: number | undefined;

  function stopPolling() {
    window.clearInterval(poll);
    poll = undefined;
  }

  function startPolling() {
    if (poll !== undefined) return;
    poll = window.setInterval(() => {
      if (player) state.chapters.follow(player.getCurrentTime());
    }, pollMs);
  }

  function currentSeconds(): number {
    if (!ready || !player) return wanted;
    try {
      return Math.floor(player.getCurrentTime()) || wanted;
    } catch {
      return wanted;
    }
  }

  /** Stops following playback and removes the player; what shows in its place is up to the caller. */
  function teardown() {
    stopPolling();
    window.clearTimeout(readyTimer);
    try {
      player?.destroy();
    } catch {
      // The player is going away either way.
    }
    player = null;
  }

  function fail(reason: string) {
    if (state.failed || disposed) return;
    state.failed = true;
    const seconds = currentSeconds();
    teardown();
    host.replaceChildren();
    onPhase({ kind: "failed", reason, seconds });
  }

  function titleFrame(target: YouTubePlayer | null) {
    const frame = target?.getIframe?.() ?? host.querySelector("iframe");
    frame?.setAttribute("title", `YouTube video: ${title}`);
  }

  function create(start: number) {
    state.started = true;
    firstStart = wanted = start;
    onPhase({ kind: "loading" });
    loadYouTubeApi().then(
      (YT) => {
        if (disposed || state.failed) return;
        // YT.Player replaces its target element: give it one React does not own.
        const target = document.createElement("div");
        host.replaceChildren(target);
        player = new YT.Player(target, {
          videoId,
          host: YOUTUBE_EMBED_ORIGIN,
          width: "100%",
          height: "100%",
          playerVars: {
            start: firstStart,
            enablejsapi: 1,
            origin: window.location.origin,
            playsinline: 1,
            rel: 0,
            autoplay: 1,
          },
          events: {
            onReady: ({ target: readyPlayer }) => {
              if (disposed || state.failed) return;
              window.clearTimeout(readyTimer);
              player = readyPlayer;
              ready = true;
              titleFrame(readyPlayer);
              onPhase({ kind: "ready" });
              // A chapter chosen while the player was loading: a seek before onReady would be ignored.
              if (wanted !== firstStart) readyPlayer.seekTo(wanted, true);
              readyPlayer.playVideo();
            },
            onStateChange: ({ data }) => {
              if (data === PLAYING) startPolling();
              else stopPolling();
            },
            onError: ({ data }) => fail(errorReason(data)),
          },
        });
        titleFrame(null);
        readyTimer = window.setTimeout(() => fail("The YouTube player did not start."), readyTimeoutMs);
      },
      () => fail("The YouTube player could not be loaded."),
    );
  }

  return {
    state,
    /** Plays from `seconds`: loads the player the first time, queues until ready, then seeks. */
    playFrom(seconds: number) {
      if (state.failed || disposed) return;
      state.chapters.jump(seconds);
      if (!state.started) {
        create(seconds);
      } else if (ready && player) {
        player.seekTo(seconds, true);
        player.playVideo();
      } else {
        wanted = seconds;
      }
    },
    dispose() {
      disposed = true;
      teardown();
    },
  };
}
