// A stand-in for YouTube's IFrame Player API, served in place of https://www.youtube.com/iframe_api so the
// e2e tests never touch the network. It records how the island drives the player (window.__ytCalls).
import type { Page } from "@playwright/test";

export type YouTubeCall = { name: string; args: unknown[] };

export type StandInOptions = {
  /** Fire onError with this code right after onReady (150: embedding not allowed). */
  errorCode?: number;
  /** Make the API script itself fail to load. */
  scriptFails?: boolean;
};

declare global {
  interface Window {
    __ytCalls?: YouTubeCall[];
    /** The stand-in players, newest last: tests move their clock with `time`. */
    __ytPlayers?: { time: number; state: number }[];
  }
}

const youtubeHosts =
  /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|ggpht\.com)$/;

/** Runs in the page. Kept as a function so TypeScript checks it; serialised with its options. */
function standIn(options: StandInOptions) {
  const calls: YouTubeCall[] = (window.__ytCalls ??= []);
  const players: StandInPlayer[] = [];
  window.__ytPlayers = players;

  type Events = {
    onReady?: (event: { target: StandInPlayer }) => void;
    onStateChange?: (event: { target: StandInPlayer; data: number }) => void;
    onError?: (event: { target: StandInPlayer; data: number }) => void;
  };

  class StandInPlayer {
    time: number;
    state = -1;
    private events: Events;
    private frame: HTMLIFrameElement;
    private clock: number | undefined;

    constructor(target: HTMLElement | string, config: { playerVars?: { start?: number }; events?: Events }) {
      // JSON drops the event functions; record which ones were given instead.
      calls.push({
        name: "constructor",
        args: [{ ...JSON.parse(JSON.stringify(config)), events: Object.keys(config.events ?? {}) }],
      });
      this.time = config.playerVars?.start ?? 0;
      this.events = config.events ?? {};
      const element = typeof target === "string" ? document.getElementById(target) : target;
      // An empty iframe (about:blank) where YouTube's would be.
      this.frame = document.createElement("iframe");
      this.frame.dataset.youtubeStandIn = "";
      element?.replaceWith(this.frame);
      players.push(this);
      window.setTimeout(() => {
        this.events.onReady?.({ target: this });
        if (options.errorCode !== undefined) {
          const code = options.errorCode;
          window.setTimeout(() => this.events.onError?.({ target: this, data: code }), 20);
        }
      }, 30);
    }

    private record(name: string, args: unknown[]) {
      calls.push({ name, args });
    }

    private setState(state: number) {
      this.state = state;
      window.clearInterval(this.clock);
      if (state === 1) this.clock = window.setInterval(() => (this.time += 0.25), 250);
      window.setTimeout(() => this.events.onStateChange?.({ target: this, data: state }), 0);
    }

    seekTo(seconds: number, allowSeekAhead: boolean) {
      this.record("seekTo", [seconds, allowSeekAhead]);
      this.time = seconds;
      if (this.state === 5 || this.state === -1) this.setState(1); // a seek on a cued player plays
    }
    playVideo() {
      this.record("playVideo", []);
      this.setState(1);
    }
    pauseVideo() {
      this.record("pauseVideo", []);
      this.setState(2);
    }
    getCurrentTime() {
      this.record("getCurrentTime", []);
      return this.time;
    }
    getPlayerState() {
      this.record("getPlayerState", []);
      return this.state;
    }
    getIframe() {
      return this.frame;
    }
    destroy() {
      this.record("destroy", []);
      window.clearInterval(this.clock);
      this.frame.remove();
    }
  }

  const PlayerState = { UNSTARTED: -1, ENDED: 0, PLAYING: 1, PAUSED: 2, BUFFERING: 3, CUED: 5 };
  Object.assign(window, { YT: { Player: StandInPlayer, PlayerState, loaded: 1 } });
  // Like the real script, announce readiness asynchronously.
  window.setTimeout(() => window.onYouTubeIframeAPIReady?.(), 0);
}

/**
 * Routes every YouTube host away from the network and serves the stand-in API. Returns the list of
 * YouTube URLs the page asked for (routed or not), to check that nothing loads before the visitor asks.
 */
export async function installYouTubeStandIn(page: Page, options: StandInOptions = {}) {
  const requested: string[] = [];
  page.on("request", (request) => {
    if (youtubeHosts.test(new URL(request.url()).hostname)) requested.push(request.url());
  });
  // Later routes win: the catch-all first, then the API script.
  await page.route(
    (url) => youtubeHosts.test(url.hostname),
    (route) => route.fulfill({ status: 204, body: "" }),
  );
  await page.route("https://www.youtube.com/iframe_api", (route) =>
    options.scriptFails
      ? route.abort("connectionrefused")
      : route.fulfill({
          contentType: "text/javascript",
          body: `(${standIn.toString()})(${JSON.stringify(options)});`,
        }),
  );
  return { requested };
}

/** Everything the island asked of the stand-in player so far. */
export async function youtubeCalls(page: Page): Promise<YouTubeCall[]> {
  return page.evaluate(() => window.__ytCalls ?? []);
}

/** Moves the newest stand-in player's clock, as if playback had reached `seconds`. */
export async function setPlaybackTime(page: Page, seconds: number) {
  await page.evaluate((time) => {
    const player = window.__ytPlayers?.at(-1);
    if (player) player.time = time;
  }, seconds);
}
