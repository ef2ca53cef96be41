// What a YouTube URL says: whether it is YouTube at all, which video it plays and from which second, or
// which channel it is. Reading only; lib/site/youtube.ts builds the links the pages render. Pure.

const YOUTUBE_HOST = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be)$/;
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
// YouTube's `t=` form: "1h2m3s", "12m", "76s" or plain "76" (the last unit's "s" may be left out).
const TIME_FORM = /^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s?)?$/;
const CHANNEL_PATH = /^\/(c\/|channel\/|user\/|@)/;

/** isYoutubeHost("www.youtube.com") -> true; also youtu.be, youtube-nocookie.com and subdomains. */
export function isYoutubeHost(hostname: string): boolean {
  return YOUTUBE_HOST.test(hostname.toLowerCase());
}

/** isYoutubeUrl("http://www.youtube.com/c/x") -> true; isYoutubeUrl("https://vimeo.com/1") -> false */
export function isYoutubeUrl(url: string): boolean {
  return URL.canParse(url) && isYoutubeHost(new URL(url).hostname);
}

/**
 * The video a link plays, from any common URL shape (watch?v=, youtu.be/, /embed/, /shorts/, /live/),
 * and its start time when it has one; null for channels and other sites.
 * youtubeVideo("https://www.youtube.com/watch?v=fVKPrDrEwTI&t=1s") -> { id: "fVKPrDrEwTI", startSeconds: 1 }
 */
export function youtubeVideo(url: string): { id: string; startSeconds?: number } | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase();
  if (!isYoutubeHost(host)) return null;
  let id: string | null = null;
  if (host.endsWith("youtu.be")) {
    id = parsed.pathname.split("/")[1] ?? null;
  } else if (parsed.pathname === "/watch") {
    id = parsed.searchParams.get("v");
  } else {
    const match = /^\/(?:embed|shorts|live|v|e)\/([^/?#]+)/.exec(parsed.pathname);
    id = match?.[1] ?? null;
  }
  if (!id || !VIDEO_ID.test(id)) return null;
  const start = parseYoutubeTime(
    parsed.searchParams.get("t") ?? parsed.searchParams.get("start") ?? parsed.hash.replace(/^#t=/, ""),
  );
  return start === null ? { id } : { id, startSeconds: start };
}

/**
 * A time in YouTube's `t=` form, in seconds; null when it is not one. Every unit after the first stays
 * below 60, as on a clock.
 * parseYoutubeTime("1m16s") -> 76; ("76s") -> 76; ("76") -> 76; ("1h2m3s") -> 3723; ("1m75s") -> null
 */
export function parseYoutubeTime(value: string): number | null {
  const match = TIME_FORM.exec(value.trim().toLowerCase());
  if (!match) return null;
  const [, h, m, s] = match;
  if (h === undefined && m === undefined && s === undefined) return null;
  if (h !== undefined && m !== undefined && Number(m) >= 60) return null;
  if ((h !== undefined || m !== undefined) && s !== undefined && Number(s) >= 60) return null;
  return Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0);
}

/**
 * The path of a YouTube channel page (/c/…, /channel/…, /user/… or /@handle), without a trailing
 * slash; null for videos, other YouTube pages and other sites.
 * youtubeChannelPath("https://www.youtube.com/c/HusseinNasser-software-engineering/")
 *   -> "/c/HusseinNasser-software-engineering"
 */
export function youtubeChannelPath(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  // Channels live on youtube.com itself: youtu.be and the nocookie host serve videos only.
  if (!/(^|\.)youtube\.com$/.test(parsed.hostname.toLowerCase())) return null;
  if (!CHANNEL_PATH.test(parsed.pathname)) return null;
  return parsed.pathname.replace(/\/+$/, "");
}
