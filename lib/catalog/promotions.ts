// What in a description is the host promoting himself (his courses, books and merch, ways to support the
// show) rather than the episode's own content: the link roles, each line's promotions with the clause that
// words them (lineParts), the text lines that belong to a promotion (promotionLead), and the description
// with its promotions cut (withoutPromotions), which the search index reads. The episode page sets the
// same promotions apart with the same two functions (lib/site/description.ts). Pure and client-safe.
import { classifyLink, linkKey, NO_SHOW_RULES } from "./links";
import { linkKindSchema, type LinkKind } from "./schema";
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

/** `value` without its last `ending.length` characters (after trailing spaces). */
export function withoutEnding(value: string, ending: string): string {
  const trimmed = value.trimEnd();
  return trimmed.slice(0, Math.max(0, trimmed.length - ending.length));
}

/** What the import stored that a description's promotions are recognised by. */
export type PromotionContext = {
  /** The episode's links: a URL of the text takes its kind (and the words that label it) from them. */
  links: readonly { url: string; kind: string; label?: string | null }[];
  /** How the show words a course promotion: the labels of its course links across the catalog. */
  promotions: readonly string[];
};

/** A PromotionContext ready for lookups: stored links by linkKey, promotion wording in lower case. */
export type KnownLinks = {
  links: Map<string, { kind: LinkKind; label: string | null }>;
  promotions: string[];
};

export function knownLinks(context: PromotionContext): KnownLinks {
  const links = new Map<string, { kind: LinkKind; label: string | null }>();
  for (const link of context.links) {
    const kind = linkKindSchema.safeParse(link.kind);
    if (kind.success && URL.canParse(link.url)) {
      links.set(linkKey(link.url), { kind: kind.data, label: link.label ?? null });
    }
  }
  return { links, promotions: context.promotions.map((label) => label.toLowerCase()) };
}

/** A URL of a description line: its kind and the label the import stored for it. */
export type LineLink = { url: string; key: string; kind: LinkKind; stored: string | null };

/** A URL of a line with the text before it. */
export type LinePart = {
  /**
   * The text before the URL that stays in the line: since the previous URL, after what is left of a
   * promotion just before (a promotion's URL and its words leave the line; the text before them stays).
   */
  before: string;
  /** The URL as written (a bare domain stays bare). */
  written: string;
  link: LineLink;
  /** Set when the URL is one of the host's promotions. */
  promotion: {
    role: HostRole;
    /** The clause that words it (its end when the clause is long), or "" for a bare URL. */
    words: string;
    /** The text since the previous URL, as written. */
    own: string;
  } | null;
};

/**
 * A line's URLs, each with the text before it and, for the host's promotions (course, shop and support
 * URLs), the clause that leads to them; `after` is the text after the last URL that stays.
 * lineParts("Fundamentals of Operating Systems Course https://oscourse.win ktls is brilliant.", "", known)
 * -> one part, a course promotion worded "Fundamentals of Operating Systems Course", after " ktls is brilliant."
 */
export function lineParts(
  line: string,
  previous: string,
  known: KnownLinks,
): { parts: LinePart[]; after: string } {
  const parts: LinePart[] = [];
  let pending = "";
  let carry = "";
  for (const segment of segmentUrls(line)) {
    if (segment.kind === "text") {
      pending += segment.text;
      continue;
    }
    const key = linkKey(segment.url);
    const saved = known.links.get(key);
    const context = previous.length < 140 ? previous : null;
    const link = {
      url: segment.url,
      key,
      kind: saved?.kind ?? classifyLink(segment.url, context, NO_SHOW_RULES),
      stored: saved?.label ?? null,
    };
    const before = carry + pending;
    carry = "";
    const clause = sentenceTail(before).tail;
    const role = linkRole(link, clause || link.stored);
    if (isHostRole(role)) {
      const words =
        clause.length <= PROMO_CLAUSE ? clause : endingPhrase(before, [link.stored, ...known.promotions]);
      parts.push({ before, written: segment.text, link, promotion: { role, words, own: pending } });
      carry = withoutEnding(before, words);
    } else {
      parts.push({ before, written: segment.text, link, promotion: null });
    }
    pending = "";
  }
  return { parts, after: carry + pending };
}

/** What a text line needs to know of the line after it. */
export type NextLine = {
  /** How many promotions it holds (promotions one after another count once). */
  promotions: number;
  /** Its first promotion is a URL without words. */
  bare: boolean;
  /** Anything but promotions is left on it. */
  hasText: boolean;
};

/**
 * How a line of text without URLs belongs to the promotions on the line after it, if it does: "labels"
 * the one bare URL after it ("Grab my database course" over https://databases.win), is the show's
 * promotion "wording" anywhere, or introduces "courses" linked below ("…, check out my courses").
 */
export function promotionLead(
  line: string,
  next: NextLine | null,
  promotions: readonly string[],
): "labels" | "wording" | "courses" | null {
  const onlyPromotions = !!next && next.promotions > 0 && !next.hasText;
  const wording = isPromotionWording(line, promotions);
  if (onlyPromotions && next.promotions === 1 && next.bare && (canLabel(line) || wording)) return "labels";
  if (wording) return "wording";
  if (onlyPromotions && mentionsCourses(line)) return "courses";
  return null;
}

const HAS_WORDS = /[\p{L}\p{N}]/u;

/**
 * The description without the host's promotions (lineParts, promotionLead): what the episode page
 * shows as the episode's own text, with its other URLs as written.
 * withoutPromotions("Grab my database course\nhttps://databases.win\nPostgres 17 is out.",
 *   { links: [{ url: "https://databases.win", kind: "course" }], promotions: [] }) -> "Postgres 17 is out."
 */
export function withoutPromotions(description: string, context: PromotionContext): string {
  const known = knownLinks(context);
  const raws = description.split("\n");
  const lines = raws.map((raw, index) => {
    const { parts, after } = lineParts(raw, raws[index - 1]?.trim() ?? "", known);
    const promotions = parts.filter((part) => part.promotion);
    const text = parts.map((part) => (part.promotion ? "" : part.before + part.written)).join("") + after;
    return {
      text: text.replace(/[ \t]+/g, " ").trim(),
      next: {
        promotions: promotions.length,
        bare: promotions[0]?.promotion?.words === "",
        hasText: HAS_WORDS.test(text),
      },
    };
  });
  return lines
    .filter((line, index) =>
      line.next.promotions > 0
        ? line.next.hasText
        : promotionLead(line.text, lines[index + 1]?.next ?? null, known.promotions) === null,
    )
    .map((line) => line.text)
    .filter((text) => HAS_WORDS.test(text))
    .join("\n");
}
