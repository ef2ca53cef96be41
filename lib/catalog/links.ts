// What a link is: a YouTube video (with its id and start time), one of the host's course
// promotions, a support link (donations, book sales), a social profile, or a reference.
import type { LinkKind } from "./schema";

/** Phrases the host uses to promote his courses; they never belong in a chapter title. */
export const PROMO_PHRASES = [
  /Fundamentals of [A-Za-z ]+?(?:udemy )?course(?:\s*\((?:link )?redirects? to udemy with coupon\))?/i,
  /Backend Troubleshooting Course/i,
  /Discovering Backend Bottlenecks: Unlocking Peak Performance/i,
  /(?:Get|Grab) my (?:[a-z]+ ){0,3}course/i,
];

/** Course promotion hosts of the show (its own course sites and the course platform). */
const COURSE_HOSTS = [
  /(^|\.)husseinnasser\.com$/,
  /^(os|oscourse|databases?|backend|network|performance)\.win$/,
  /(^|\.)udemy\.com$/,
];
const SUPPORT_HOSTS = [
  /(^|\.)buymeacoffee\.com$/,
  /(^|\.)patreon\.com$/,
  /(^|\.)ko-fi\.com$/,
  /(^|\.)paypal\.(me|com)$/,
  /^amzn\.(to|com)$/,
  /^(www\.|smile\.)?amazon\.(com|co\.uk|de|fr|ca|in|es|it|co\.jp|com\.au)$/,
  /(^|\.)gumroad\.com$/,
  /(^|\.)leanpub\.com$/,
];
const YOUTUBE_HOSTS = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be)$/;
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

/**
 * youtubeVideo("https://www.youtube.com/watch?v=fVKPrDrEwTI&t=1s") ->
 *   { id: "fVKPrDrEwTI", startSeconds: 1 }; null for channels and other sites.
 */
export function youtubeVideo(url: string): { id: string; startSeconds?: number } | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase();
  if (!YOUTUBE_HOSTS.test(host)) return null;
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

/** parseYoutubeTime("1m16s") -> 76; ("76s") -> 76; ("76") -> 76; ("") -> null. */
export function parseYoutubeTime(value: string): number | null {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value.trim());
  if (!value.trim() || !match || match.slice(1).every((part) => part === undefined)) return null;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

/** classifyLink("https://oscourse.win", "Fundamentals of Operating Systems Course") -> "course". */
export function classifyLink(url: string, label: string | null): LinkKind {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  const path = parsed.pathname.toLowerCase();
  if (YOUTUBE_HOSTS.test(host)) return youtubeVideo(url) ? "youtube" : "social";
  if (SUPPORT_HOSTS.some((pattern) => pattern.test(host))) return "support";
  if (COURSE_HOSTS.some((pattern) => pattern.test(host)) || /\bcourses?\b/.test(path)) return "course";
  if (label && (/\b(udemy|coupon)\b/i.test(label) || PROMO_PHRASES.some((phrase) => phrase.test(label)))) {
    return "course";
  }
  if (isSocialProfile(host, path)) return "social";
  return "reference";
}

function isSocialProfile(host: string, path: string): boolean {
  const segments = path.split("/").filter(Boolean);
  if (/^(twitter\.com|x\.com|instagram\.com|facebook\.com|tiktok\.com|threads\.net)$/.test(host)) {
    return segments.length <= 1;
  }
  if (host === "linkedin.com") return segments[0] === "in" || segments[0] === "company";
  if (host === "github.com") return segments.length === 1;
  if (host === "medium.com") return segments.length === 1 && segments[0]!.startsWith("@");
  if (/\.substack\.com$/.test(host)) return segments.length === 0;
  return /^(discord\.gg|t\.me|bsky\.app)$/.test(host);
}

/** A stable key for deduplicating links: scheme-less host lower-cased, no trailing slash. */
export function linkKey(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  return `${host}${parsed.pathname.replace(/\/+$/, "")}${parsed.search}${parsed.hash}`;
}
