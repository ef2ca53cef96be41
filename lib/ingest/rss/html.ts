// HTML from feed descriptions -> our plain description text: paragraphs, line breaks and list items
// become lines, a link becomes its words and its URL (the page's linkifier shows it), entities are
// decoded, scripts and styles dropped. Not a sanitiser for HTML output: nothing of the markup is kept.
import { decodeEntities } from "@/lib/catalog/html-entities";

const KNOWN_TAG =
  /<\/?(a|b|i|u|s|p|br|hr|em|strong|span|div|ul|ol|li|h[1-6]|img|script|style|iframe|blockquote|pre|code|small|sup|sub|table|tr|td|th|font|center|section|article)\b[^>]*>/gi;

const BLOCK_TAGS =
  /^(p|div|br|li|ul|ol|h[1-6]|blockquote|pre|tr|table|section|article|header|footer|hr|dd|dt)$/i;

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? "") : null;
}

/**
 * htmlToText('<p>Intro</p><ul><li>0:00 Hi</li></ul><p><a href="https://x.io">docs</a></p>') ->
 *   "Intro\n0:00 Hi\ndocs https://x.io"
 */
export function htmlToText(html: string): string {
  const withoutHidden = html
    .replace(/<!--[\s\S]*?(-->|$)/g, "")
    .replace(/<(script|style|noscript|template|iframe|object)\b[\s\S]*?(<\/\1\s*>|$)/gi, "");
  let out = "";
  let linkHref: string | null = null;
  let linkText = "";
  const tokens = withoutHidden.split(/(<\/?[a-z][^>]*>|<![^>]*>)/i);
  for (const token of tokens) {
    const tag = /^<(\/?)([a-z][a-z0-9]*)/i.exec(token);
    if (!tag) {
      if (token.startsWith("<!")) continue;
      if (linkHref !== null) linkText += token;
      else out += decodeEntities(token);
      continue;
    }
    const [, closing, name] = tag;
    const lower = name!.toLowerCase();
    if (lower === "a") {
      if (!closing) {
        const href = attribute(token, "href");
        linkHref = href && /^https?:\/\//i.test(href.trim()) ? href.trim() : null;
        linkText = "";
        if (linkHref === null) continue;
      } else if (linkHref !== null) {
        out += linkWords(decodeEntities(linkText), linkHref);
        linkHref = null;
      }
      continue;
    }
    if (lower === "img") {
      const alt = attribute(token, "alt");
      if (alt) out += alt;
      continue;
    }
    if (BLOCK_TAGS.test(lower)) {
      if (linkHref !== null) linkText += " ";
      else out += "\n";
    }
  }
  if (linkHref !== null) out += linkWords(decodeEntities(linkText), linkHref);
  // Markup that was escaped twice ("&amp;lt;b&amp;gt;") is markup too: none is left in the text,
  // while text in angle brackets that is no HTML tag ("<and>") stays.
  return out
    .replace(KNOWN_TAG, "")
    .replace(/[\t\u00a0 ]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
}

/** The words of a link and its URL, unless the words already are the URL. */
function linkWords(text: string, href: string): string {
  const words = text.replace(/\s+/g, " ").trim();
  if (!words || words === href || href.includes(words.replace(/^https?:\/\//, "").replace(/\/$/, ""))) {
    return ` ${href} `;
  }
  return `${words} ${href} `;
}

/** looksLikeHtml("<p>x</p>") -> true; plain text with "a < b" -> false. */
export function looksLikeHtml(text: string): boolean {
  return (
    /<\/?(p|br|a|div|ul|ol|li|span|strong|em|b|i|h[1-6])\b[^>]*>/i.test(text) || /&[a-z]+;|&#\d+;/i.test(text)
  );
}
