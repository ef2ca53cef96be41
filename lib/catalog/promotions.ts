// What in a description is the host promoting himself (his courses, books and merch, ways to support the
// show) rather than the episode's own content: the link roles, the clause that words a promotion, and the
// description with its promotions cut, which the search index reads. The episode page sets the same
// promotions apart (lib/site/description.ts). Pure and client-safe.
import { classifyLink, linkKey, NO_SHOW_RULES } from "./links";
import type { LinkKind } from "./schema";
import { segmentUrls } from "./urls";

/**
 * What a link is to a listener. The catalog's "support" kind covers both ways of paying the host, told
 * apart here: "support" (donations, memberships) and "shop" (his books, merch).
 */
export type LinkRole = "video" | "reference" | "social" | "course" | "shop" | "support";

/** The roles of the host's promotions, in the order the episode page's "From the host" box lists them. */
export const HOST_ROLES = ["course", "shop", "support"] as const;
export type HostRole = (typeof HOST_ROLES)[number];

export function isHostRole(role: LinkRole): role is HostRole {
  return (HOST_ROLES as readonly string[]).includes(role);
}

const bareHost = (url: string) => new URL(url).hostname.toLowerCase().replace(/^www\./, "");

/** Stores where anyone sells books or merch (Amazon's national shops, short links, self-publishing). */
const SHOP_HOST =
  /^(?:smile\.)?amazon\.(?:com|ca|de|fr|es|it|nl|se|pl|in|co\.uk|co\.jp|com\.au|com\.br|com\.mx)$|^(?:amzn\.(?:to|com|eu)|a\.co|(?:[\w-]+\.)?gumroad\.com|leanpub\.com|bookshop\.org|barnesandnoble\.com|payhip\.com|lulu\.com|(?:[\w-]+\.)?etsy\.com|redbubble\.com|teespring\.com|teepublic\.com|(?:[\w-]+\.)?myshopify\.com)$|^(?:shop|store|merch)\./;
/** Platforms that take donations or memberships. */
const DONATION_HOST =
  /^(?:[\w-]+\.)?(?:buymeacoffee\.com|patreon\.com|ko-fi\.com|paypal\.me|paypal\.com|opencollective\.com|liberapay\.com)$/;
/** Words that say a paid link sells something. */
const SHOP_WORDS =
  /\b(?:books?|paperback|hardcover|e-?books?|kindle|audiobooks?|merch|t-?shirts?|hoodies?|mugs?|stickers?|shop|store|copy)\b/i;
/** Words that say a link asks listeners to pay for the show itself. */
const MEMBERSHIP_WORDS =
  /\b(?:subscribers?|members?|patrons?)[- ]only\b|\bmembership\b|\bbecome a (?:member|patron|sponsor)\b|\bdonat(?:e|ions?)\b|\bsupport the (?:show|channel|podcast)\b/i;

/**
 * linkRole({ url: "https://amzn.to/4cKfZhe", kind: "support" }, "paperback") -> "shop";
 * ({ url: "https://www.buymeacoffee.com/hnasr", kind: "support" }) -> "support";
 * ({ url: "https://spotifyanchor-web.app.link/e/x", kind: "reference" }, "Watch full episode (subscribers only)")
 * -> "support". `context` is the text that labels the link (its clause, or the stored label).
 */
export function linkRole(link: { url: string; kind: LinkKind }, context: string | null = null): LinkRole {
  const host = URL.canParse(link.url) ? bareHost(link.url) : "";
  switch (link.kind) {
    case "youtube":
      return "video";
    case "social":
      return "social";
    case "course":
      return "course";
    case "support":
      if (DONATION_HOST.test(host)) return "support";
      if (SHOP_HOST.test(host)) return "shop";
      return context && SHOP_WORDS.test(context) && !MEMBERSHIP_WORDS.test(context) ? "shop" : "support";
    case "reference":
      // A reference's words never make it a shop ("How Discord Stores…"); a paywall makes it a membership.
      return DONATION_HOST.test(host) || (context && MEMBERSHIP_WORDS.test(context))
        ? "support"
        : "reference";
  }
}

/** How prose begins: a sentence about the episode, never the name of a link. */
const PROSE_START =
  /^(?:i|i'm|i’m|i've|i’ve|we|we're|we’re|you|it|it's|it’s|this|that|these|those|there|here is|here are|in this|let's|let’s|let us|so|and|but|or|because|if|when)\b/i;

/**
 * Whether a short phrase can name the link after it: "RCA here", "Cloudflare blog", "How Discord Stores
 * Trillions of Messages | Deep Dive" can; a sentence ("This kernel patch enables zero copy.", "We
 * discuss this in this video/podcast") or a paragraph cannot.
 */
export function canLabel(phrase: string, max = 100): boolean {
  const text = phrase.trim();
  if (!text || text.length > max || !/\p{L}/u.test(text)) return false;
  if (/[.,;!?…]$/.test(text)) return false;
  return !PROSE_START.test(text);
}

/**
 * Splits text before a URL at its last sentence end: the tail is the clause that leads to the URL.
 * sentenceTail("It was fixed. Mike's blog ") -> { head: "It was fixed. ", tail: "Mike's blog" }
 */
export function sentenceTail(text: string): { head: string; tail: string } {
  let end = 0;
  // A sentence end followed by a space; at the very end of the text, it leaves no clause.
  for (const match of text.matchAll(/[.!?…]["'”’)\]]*\s+/g)) end = match.index + match[0].length;
  return { head: text.slice(0, end), tail: text.slice(end).trim() };
}

/** A line that introduces the host's courses without linking them: "…, check out my courses". */
export function mentionsCourses(line: string): boolean {
  return line.trim().length <= 140 && /\bcourses?\b/i.test(line);
}

/** Longest clause before a promotion's URL that is taken with it as its wording. */
export const PROMO_CLAUSE = 120;

/** The end of `value` that is one of `phrases` (case-insensitive), longest first, or "". */
export function endingPhrase(value: string, phrases: readonly (string | null)[]): string {
  const trimmed = value.trimEnd();
  const lower = trimmed.toLowerCase();
  const match = phrases
    .filter((phrase): phrase is string => !!phrase && lower.endsWith(phrase.toLowerCase()))
    .sort((a, b) => b.length - a.length)[0];
  return match ? trimmed.slice(trimmed.length - match.length) : "";
}

/** A line that is mostly the wording of a course promotion (`promotions` lower case), its link elsewhere. */
export function isPromotionWording(line: string, promotions: readonly string[]): boolean {
  const trimmed = line.trim().toLowerCase();
  return promotions.some((label) => trimmed.includes(label) && trimmed.length - label.length < 40);
}

/** What the import stored that a description's promotions are recognised by. */
export type PromotionContext = {
  /** The episode's links: a URL of the text takes its kind (and the words that label it) from them. */
  links: readonly { url: string; kind: string; label?: string | null }[];
  /** How the show words a course promotion: the labels of its course links across the catalog. */
  promotions: readonly string[];
};

const LINK_KINDS = new Set<string>(["youtube", "reference", "course", "support", "social"]);
const HAS_WORDS = /[\p{L}\p{N}]/u;

/** One line with its promotions (each URL of a host role with the clause leading to it) cut out. */
function cutLine(
  line: string,
  previous: string,
  stored: Map<string, { kind: LinkKind; label: string | null }>,
  promotions: readonly string[],
): { text: string; promotions: number; bare: boolean } {
  let text = "";
  let pending = "";
  let count = 0;
  let bare = true;
  for (const segment of segmentUrls(line)) {
    if (segment.kind === "text") {
      pending += segment.text;
      continue;
    }
    const saved = stored.get(linkKey(segment.url));
    const kind =
      saved?.kind ?? classifyLink(segment.url, previous.length < 140 ? previous : null, NO_SHOW_RULES);
    const clause = sentenceTail(pending).tail;
    if (!isHostRole(linkRole({ url: segment.url, kind }, clause || (saved?.label ?? null)))) {
      text += pending + segment.text;
      pending = "";
      continue;
    }
    const words =
      clause.length <= PROMO_CLAUSE ? clause : endingPhrase(pending, [saved?.label ?? null, ...promotions]);
    const kept = pending.trimEnd();
    text += kept.slice(0, Math.max(0, kept.length - words.length));
    if (words) bare = false;
    pending = " ";
    count += 1;
  }
  return { text: (text + pending).replace(/[ \t]+/g, " ").trim(), promotions: count, bare };
}

/**
 * The description without the host's promotions: each course, shop or support URL with the clause that
 * leads to it, a line that words a promotion over its bare URL, a line that introduces courses linked
 * below, and lines of a show's course promotion wording. Every other line and URL stays as written.
 * withoutPromotions("Grab my database course\nhttps://databases.win\nPostgres 17 is out.",
 *   { links: [{ url: "https://databases.win", kind: "course" }], promotions: [] }) -> "Postgres 17 is out."
 */
export function withoutPromotions(description: string, context: PromotionContext): string {
  const stored = new Map<string, { kind: LinkKind; label: string | null }>();
  for (const link of context.links) {
    if (LINK_KINDS.has(link.kind) && URL.canParse(link.url)) {
      stored.set(linkKey(link.url), { kind: link.kind as LinkKind, label: link.label ?? null });
    }
  }
  const promotions = context.promotions.map((label) => label.toLowerCase());
  const raws = description.split("\n");
  const lines = raws.map((raw, index) => cutLine(raw, raws[index - 1]?.trim() ?? "", stored, promotions));
  const onlyPromotions = (index: number) => {
    const line = lines[index];
    return !!line && line.promotions > 0 && !HAS_WORDS.test(line.text);
  };
  return lines
    .filter((line, index) => {
      if (line.promotions > 0) return HAS_WORDS.test(line.text);
      if (isPromotionWording(line.text, promotions)) return false;
      const next = lines[index + 1];
      if (!onlyPromotions(index + 1) || !next) return true;
      // "Grab my database course" over its bare URL; "…, check out my courses" over the course links.
      if (next.promotions === 1 && next.bare && canLabel(line.text)) return false;
      return !mentionsCourses(line.text);
    })
    .map((line) => line.text)
    .filter((text) => HAS_WORDS.test(text))
    .join("\n");
}
