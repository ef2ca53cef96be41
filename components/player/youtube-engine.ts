// The YouTube engine: creates the IFrame API player in the layout's media host on first use, queues a
// time until the player is ready, seeks, and reports position and state while it plays.
import { YOUTUBE_EMBED_ORIGIN } from "@/lib/site/youtube";
import type { EngineEvents, MediaEngine } from "./media-engine";
import { loadYouTubeApi, PLAYING, type YouTubePlayer } from "./youtube-api";

type Options = {
  videoId: string;
  title: string;
  /** Where the iframe goes; the engine owns its children. */
  host: HTMLElement;
  /** Where the first load starts, in seconds. */
  start: number;
  events: EngineEvents;
};

const pollMs = 500;
/** The API loaded but the player never became ready (its iframe blocked, say): give the link instead. */
const readyTimeoutMs = 15_000;

/** onError codes: 2 bad parameter, 5 HTML5 player error, 100 gone or private, 101/150 embedding refused. */
function errorReason(code: number): string {
  if (code === 101 || code === 150) return "The video's owner does not allow it to play on other sites.";
  if (code === 100) return "This video is no longer available on YouTube.";
  return "The video could not be played here.";
}

export function createYouTubeEngine({ videoId, title, host, start, events }: Options): MediaEngine {
  let player: YouTubePlayer | null = null;
  let ready = false;
  let disposed = false;
  let failed = false;
  /** The time wanted before the player was ready; the first load uses `start` instead of a seek. */
  let wanted = start;
  /** Play or pause asked for before the player was ready. */
  let wantPlaying = true;
  let poll: number | undefined;
  let readyTimer: number | undefined;

  function report() {
    if (!player || !ready) return;
    try {
      const seconds = player.getCurrentTime();
      if (Number.isFinite(seconds)) events.onTime(seconds);
      const duration = player.getDuration?.();
      if (duration && Number.isFinite(duration)) events.onDuration(duration);
    } catch {
      // A player torn down between two polls reports nothing.
    }
  }

  function stopPolling() {
    window.clearInterval(poll);
    poll = undefined;
  }

  function startPolling() {
    if (poll === undefined) poll = window.setInterval(report, pollMs);
  }

  function currentSeconds(): number {
    if (!ready || !player) return wanted;
    try {
      return Math.floor(player.getCurrentTime()) || wanted;
    } catch {
      return wanted;
    }
  }

  function teardown() {
    stopPolling();
    window.clearTimeout(readyTimer);
    try {
      player?.destroy();
    } catch {
      // The player is going away either way.
    }
    player = null;
    host.replaceChildren();
  }

  function fail(reason: string) {
    if (failed || disposed) return;
    failed = true;
    const seconds = currentSeconds();
    teardown();
    events.onPlaying(false);
    events.onPhase({ kind: "failed", reason, seconds });
  }

  function titleFrame(target: YouTubePlayer | null) {
    const frame = target?.getIframe?.() ?? host.querySelector("iframe");
    frame?.setAttribute("title", `YouTube video: ${title}`);
  }

  events.onPhase({ kind: "loading" });
  loadYouTubeApi().then(
    (YT) => {
      if (disposed || failed) return;
      // YT.Player replaces its target element: give it one React does not own.
      const target = document.createElement("div");
      host.replaceChildren(target);
      player = new YT.Player(target, {
        videoId,
        host: YOUTUBE_EMBED_ORIGIN,
        width: "100%",
        height: "100%",
        playerVars: {
          start,
          enablejsapi: 1,
          origin: window.location.origin,
          playsinline: 1,
          rel: 0,
          autoplay: 1,
        },
        events: {
          onReady: ({ target: readyPlayer }) => {
            if (disposed || failed) return;
            window.clearTimeout(readyTimer);
            player = readyPlayer;
            ready = true;
            titleFrame(readyPlayer);
            events.onPhase({ kind: "ready" });
            // A time chosen while the player was loading: a seek before onReady would be ignored.
            if (wanted !== start) readyPlayer.seekTo(wanted, true);
            if (wantPlaying) readyPlayer.playVideo();
            report();
          },
          onStateChange: ({ data }) => {
            if (disposed) return;
            const playing = data === PLAYING;
            events.onPlaying(playing);
            if (playing) startPolling();
            else stopPolling();
            report();
          },
          onError: ({ data }) => fail(errorReason(data)),
        },
      });
      titleFrame(null);
      readyTimer = window.setTimeout(() => fail("The YouTube player did not start."), readyTimeoutMs);
    },
    () => fail("The YouTube player could not be loaded."),
  );

  return {
    playFrom(seconds) {
      if (failed || disposed) return;
      wantPlaying = true;
      events.onTime(seconds);
      if (ready && player) {
        player.seekTo(seconds, true);
        player.playVideo();
      } else {
        wanted = seconds;
      }
    },
    play() {
      wantPlaying = true;
      if (ready && player) player.playVideo();
    },
    pause() {
      wantPlaying = false;
      if (ready && player) player.pauseVideo();
    },
    dispose() {
      disposed = true;
      teardown();
    },
  };
}
