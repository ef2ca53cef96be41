// What a link is: a YouTube video, a course promotion, a support link (donations, book sales), a social
// profile, or a reference. What is true of any show's links is here; a show's own course sites, shops
// and promotion phrases come in as ShowLinkRules (data/shows/<show>.json).
import type { LinkKind } from "./schema";
import { isYoutubeHost, youtubeVideo } from "./youtube";

/**
 * What one show says about its own links. Hosts are compared without "www."; "*.example.com" stands
 * for example.com and all its subdomains, any other entry for that host alone. Phrases are matched
 * case-insensitively and never belong in a chapter title.
 */
export type ShowLinkRules = {
  /** The host's own course sites. */
  courseHosts: readonly string[];
  /** Where the host sells his books or takes donations, beyond the platforms anyone uses. */
  supportHosts: readonly string[];
  /** How the host words a promotion of his courses ("Backend Troubleshooting Course"). */
  promoPhrases: readonly RegExp[];
};

/** Only what is true of any show: a show without its own rules, or a link read where none are known. */
export const NO_SHOW_RULES: ShowLinkRules = { courseHosts: [], supportHosts: [], promoPhrases: [] };

/** Platforms where anyone takes donations or sells their own books. */
const SUPPORT_PLATFORMS = [
  "*.buymeacoffee.com",
  "*.patreon.com",
  "*.ko-fi.com",
  "*.paypal.me",
  "*.paypal.com",
  "*.gumroad.com",
  "*.leanpub.com",
];
const COURSE_PLATFORMS = ["*.udemy.com"];

/** hostMatches("os.husseinnasser.com", "*.husseinnasser.com") -> true; ("amazon.com", "amazon.com") -> true */
function hostMatches(host: string, pattern: string): boolean {
  if (!pattern.startsWith("*.")) return host === pattern;
  const domain = pattern.slice(2);
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * classifyLink("https://oscourse.win", "Fundamentals of Operating Systems Course", show) -> "course";
 * with NO_SHOW_RULES the same link is a "reference".
 */
export function classifyLink(url: string, label: string | null, show: ShowLinkRules): LinkKind {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  const path = parsed.pathname.toLowerCase();
  const onHost = (patterns: readonly string[]) => patterns.some((pattern) => hostMatches(host, pattern));
  if (isYoutubeHost(host)) return youtubeVideo(url) ? "youtube" : "social";
  if (onHost(SUPPORT_PLATFORMS) || onHost(show.supportHosts)) return "support";
  if (onHost(show.courseHosts) || onHost(COURSE_PLATFORMS) || /\bcourses?\b/.test(path)) return "course";
  if (
    label &&
    (/\b(udemy|coupon)\b/i.test(label) || show.promoPhrases.some((phrase) => phrase.test(label)))
  ) {
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
