// The small rules an episode page's text is cleaned with at render time: which words around a URL label
// it, which lines are only decoration or a heading over links, how the "From the host" box heads each
// kind. Pure and client-safe; the stored text is never changed (lib/site/description.ts applies these
// rules to it). What a link is and which words promote the host are decided in
// lib/catalog/promotions.ts, which the search index reads too.
import type { HostRole } from "@/lib/catalog/promotions";

export const HOST_ROLE_HEADINGS: Record<HostRole, string> = {
  course: "Courses by the host",
  shop: "Books and merch",
  support: "Support the show",
};

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
