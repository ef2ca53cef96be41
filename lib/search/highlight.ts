// Search highlights in their three forms: FTS5's highlight()/snippet() output (matches between two
// control characters), the parts the components render, and the escaped <mark> HTML of the JSON API,
// with the way back from that HTML for the live search island. Pure, safe in the client bundle.
import { decodeEntities } from "@/lib/catalog/html-entities";
import type { Highlighted } from "./types";

/** What the SQL asks FTS5 to put around each match: characters that never occur in catalog text. */
export const MARK_OPEN = "\u0001";
export const MARK_CLOSE = "\u0002";

/** "a \u0001b\u0002 c" -> [{ text: "a ", marked: false }, { text: "b", marked: true }, { text: " c", … }] */
export function toHighlighted(value: string): Highlighted {
  const parts: Highlighted = [];
  let marked = false;
  for (const piece of value.split(/([\u0001\u0002])/)) {
    if (piece === MARK_OPEN) marked = true;
    else if (piece === MARK_CLOSE) marked = false;
    else if (piece) parts.push({ text: piece, marked });
  }
  return parts;
}

/** Highlighted text as HTML: data escaped, matches in <mark>. For the JSON API's "snippet" fields. */
export function toMarkedHtml(value: Highlighted): string {
  const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  return value
    .map((part) => (part.marked ? `<mark>${escape(part.text)}</mark>` : escape(part.text)))
    .join("");
}

/** plainText([{ text: "a ", marked: false }, { text: "b", marked: true }]) -> "a b" */
export function plainText(value: Highlighted): string {
  return value.map((part) => part.text).join("");
}

/**
 * The API's marked HTML back into parts, without an HTML parser (and without innerHTML):
 * parseMarkedHtml("a <mark>b&#38;c</mark>") -> [{ text: "a ", marked: false }, { text: "b&c", marked: true }]
 */
export function parseMarkedHtml(html: string): Highlighted {
  const parts: Highlighted = [];
  let marked = false;
  for (const piece of html.split(/(<mark>|<\/mark>)/)) {
    if (piece === "<mark>") marked = true;
    else if (piece === "</mark>") marked = false;
    else if (piece) parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}
