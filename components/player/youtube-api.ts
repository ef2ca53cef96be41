// Loads YouTube's IFrame Player API once per page and types the few parts the player island uses.
// Not a wrapper: the island calls YT.Player directly.

export type YouTubePlayer = {
  seekTo(seconds: number, allowSeekAhead: boolean): void;
  playVideo(): void;
  pauseVideo(): void;
  getCurrentTime(): number;
  getDuration?(): number;
  getIframe?(): HTMLElement | null;
  destroy(): void;
};

export type YouTubePlayerOptions = {
  videoId: string;
  host?: string;
  width?: string | number;
  height?: string | number;
  playerVars?: Record<string, string | number>;
  events?: {
    onReady?: (event: { target: YouTubePlayer }) => void;
    onStateChange?: (event: { target: YouTubePlayer; data: number }) => void;
    onError?: (event: { target: YouTubePlayer; data: number }) => void;
  };
};

export type YouTubeNamespace = {
  Player: new (element: HTMLElement | string, options: YouTubePlayerOptions) => YouTubePlayer;
};

declare global {
  interface Window {
    YT?: Partial<YouTubeNamespace>;
    onYouTubeIframeAPIReady?: () => void;
  }
}

/** getPlayerState() / onStateChange values. */
export const PLAYING = 1;

const scriptUrl = "https://www.youtube.com/iframe_api";
const loadTimeoutMs = 10_000;
let pending: Promise<YouTubeNamespace> | null = null;

function ready(): YouTubeNamespace | null {
  const Player = window.YT?.Player;
  return Player ? { Player } : null;
}

/** Resolves with the API once YouTube calls onYouTubeIframeAPIReady; rejects if the script fails or stalls. */
export function loadYouTubeApi(): Promise<YouTubeNamespace> {
  const api = ready();
  if (api) return Promise.resolve(api);
  if (pending) return pending;

  pending = new Promise<YouTubeNamespace>((resolve, reject) => {
    const script = document.createElement("script");
    const fail = (message: string) => {
      window.clearTimeout(timer);
      script.remove();
      pending = null; // a later click may try again
      reject(new Error(message));
    };
    const timer = window.setTimeout(() => fail("The YouTube player API did not load in time"), loadTimeoutMs);
    const previous = window.onYouTubeIframeAPIReady;
    window.onYouTubeIframeAPIReady = () => {
      previous?.();
      window.clearTimeout(timer);
      const loaded = ready();
      if (loaded) resolve(loaded);
      else fail("The YouTube player API loaded without YT.Player");
    };
    script.src = scriptUrl;
    script.async = true;
    script.onerror = () => fail("The YouTube player script failed to load");
    document.head.append(script);
  });
  return pending;
}
