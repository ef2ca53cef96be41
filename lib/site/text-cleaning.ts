// The small rules an episode page's text is cleaned with at render time: what a link is for a listener
// (a reference, the host's course, a shop, a way to support the show), which words around a URL label it,
// which lines are only decoration or a heading over links. Pure and client-safe; the stored text is
// never changed (lib/site/description.ts applies these rules to it).
import type { LinkKind } from "@/lib/catalog/schema";

/**
 * What a link is to a listener. The catalog's "support" kind covers both ways of paying the host, told
 * apart here: "support" (donations, memberships) and "shop" (his books, merch).
 */
export type LinkRole = "video" | "reference" | "social" | "course" | "shop" | "support";

/** The roles that belong in the "From the host" box, in the order the box lists them. */
export const HOST_ROLES = ["course", "shop", "support"] as const;
export type HostRole = (typeof HOST_ROLES)[number];

export const HOST_ROLE_HEADINGS: Record<HostRole, string> = {
  course: "Courses by the host",
  shop: "Books and merch",
  support: "Support the show",
};

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

/** Lines that only decorate: "@@@@@@@@", "-----", "=====", "* * *". */
export function isDecoration(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= 3 && !/[\p{L}\p{N}]/u.test(trimmed);
}

const HEADING =
  /^(?:(?:useful|related|more|other|some|further)\s+)?(?:links?|resources?|references?|sources?|reading|show notes|notes|mentioned(?:\s+(?:videos?|episodes?|links?|articles?))?|(?:videos?|episodes?|articles?|links?)\s+mentioned)\s*:?$/i;

/** A line that heads a run of links ("Links", "resources", "Mentioned Videos"), never a link's label. */
export function isLinkHeading(line: string): boolean {
  return HEADING.test(line.trim());
}

/** Capitalizes a heading as written in lower case: "resources" -> "Resources". */
export function headingText(line: string): string {
  const trimmed = line.trim().replace(/\s*:$/, "");
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
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

/** Words that say only "a link is here", never what it is. */
const FILLER = new Set(
  "read see check out watch listen to full the my original a an this more here below link links article articles blog post posts paper video videos source sources doc docs writeup write-up thread page".split(
    " ",
  ),
);
/** Words that only point at what follows: "Article here ", "Read the full post: ". */
const LEADING_FILLER =
  /^(?:(?:read|see|check out|watch|listen to|full|the|my|original|a|an|this)\s+)*(?:article|blog post|blog|post|paper|video|link|source|docs?|write-?up|thread|page)s?(?:\s+(?:here|below|link))?\s*[:\-–—]?\s+/i;

export type LinkLabel = {
  /** The label as a listener reads it. */
  text: string;
  /** Only filler ("Read full article", "Blog"): says what the link is, not which one. */
  generic: boolean;
};

/**
 * The label of a link from the words that introduce it: cleanLabel("Article here How Discord Stores
 * Trillions of Messages") -> { text: "How Discord Stores Trillions of Messages", generic: false };
 * ("RCA here") -> { text: "RCA", … }; ("Read full article") -> { text: "Read full article", generic: true };
 * null for nothing at all.
 */
export function cleanLabel(raw: string | null | undefined): LinkLabel | null {
  let text = (raw ?? "").replace(/\s+/g, " ").trim();
  text = text.replace(/\s*[:\-–—]+$/, "").trim();
  if (!text) return null;
  const words = text
    .toLowerCase()
    .split(" ")
    .map((word) => word.replace(/[^\p{L}\p{N}-]/gu, ""));
  if (words.every((word) => !word || FILLER.has(word))) return { text: capitalize(text), generic: true };
  // Only before a name: "Article here How Discord Stores…", not "Blog post about caching".
  const filler = LEADING_FILLER.exec(text);
  if (filler && /^["“'‘\p{Lu}\p{N}]/u.test(text.slice(filler[0].length))) text = text.slice(filler[0].length);
  text = text.replace(/(?:\s+(?:here|below|link))+$/i, "").trim();
  return { text, generic: false };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A line that introduces the host's courses without linking them: "…, check out my courses". */
export function mentionsCourses(line: string): boolean {
  return line.trim().length <= 140 && /\bcourses?\b/i.test(line);
}
