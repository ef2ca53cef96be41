// A description's text in a line or two: the meta descriptions of pages, the show header on the home
// page, JSON-LD. Raw URLs are dropped (they read as noise out of context); whole sentences are kept
// where they fill enough of the space, else the text is cut at a word. Pure.
import { segmentUrls } from "./urls";

// A sentence ends at . ! or ? (closing quotes or brackets may follow) before a space or the end:
// "Node.js" and "v1.2" are not ends.
const SENTENCE_END = /[.!?]+["'’”»)\]]*(?= |$)/g;

/**
 * The leading sentences that fit in `maxChars`, or the text cut at a word with "…" when they would fill
 * less than half of it; null when no text is left without the URLs.
 * summarize("Welcome to the show. More here: https://x.y/z") -> "Welcome to the show. More here:"
 * summarize("one two three four five six", 12) -> "one two…"
 */
export function summarize(text: string, maxChars = 160): string | null {
  const plain = segmentUrls(text.replace(/\s+/g, " "))
    .filter((segment) => segment.kind === "text")
    .map((segment) => segment.text)
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  if (!plain) return null;
  if (plain.length <= maxChars) return plain;

  let sentences = 0;
  for (const end of plain.matchAll(SENTENCE_END)) {
    const length = end.index + end[0].length;
    if (length > maxChars) break;
    sentences = length;
  }
  if (sentences >= maxChars / 2) return plain.slice(0, sentences);

  // Room for the ellipsis: at most maxChars in all.
  const clipped = plain.slice(0, maxChars);
  const lastSpace = clipped.lastIndexOf(" ");
  const words = lastSpace > 0 ? clipped.slice(0, lastSpace) : clipped.slice(0, maxChars - 1);
  return `${words.replace(/[\s,;:]+$/, "")}…`;
}
