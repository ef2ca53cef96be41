// The description of an episode body: what the chapter rules left of its lines, with the URLs put back
// as the source wrote them and sentences that scraping glued together spaced again.
import { unmask, type FoundUrl } from "./links";

/** finishDescription(["userland.While TCP \ue000", "", "", "Bye"], urls) -> "userland. While TCP https://…\n\nBye" */
export function finishDescription(lines: string[], urls: FoundUrl[]): string {
  const text = lines
    .map((line) => spaceGluedSentences(line))
    .map((line) => unmask(line, urls))
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n");
  return text.replace(/\n{3,}/g, "\n\n").trim();
}

/** "userland.While TCP" -> "userland. While TCP"; leaves "Node.js", "8.0.38", "U.S." alone. */
function spaceGluedSentences(text: string): string {
  return text
    .replace(/(?<=[a-z)]{2}[.!?])(?=[A-Z](?:[a-z]|[A-Z]*\b))/g, " ")
    .replace(/(?<=[A-Z]{2}[.!?])(?=[A-Z][a-z])/g, " ");
}

/** At most three short words after a truncation mark: the site's "Show more" / "...more" label. */
const TRUNCATION_TAIL = /^\s*(?:\p{L}{1,20}(?:\s+\p{L}{1,20}){0,2})?\s*$/u;

/**
 * A site's truncation mark at the end of a line: a run of dots or "…" followed by at most three words
 * ("…Asynchron ... Show More", "In this episode o ...", "...more"). The mark ends the visible text:
 * cutTruncationMark("Performance iss ...  Show more") -> { text: "Performance iss", bare: false };
 * `bare` when nothing followed the dots (a label may stand on the next line). Null when there is none.
 */
export function cutTruncationMark(text: string): { text: string; bare: boolean } | null {
  const dots = text.lastIndexOf("...");
  const ellipsis = text.lastIndexOf("…");
  let start = Math.max(dots, ellipsis);
  if (start < 0) return null;
  let end = start === ellipsis ? start + 1 : start + 3;
  while (text[end] === "." || text[end] === "…") end += 1;
  while (start > 0 && (text[start - 1] === "." || text[start - 1] === "…")) start -= 1;
  const tail = text.slice(end);
  if (tail.length > 64 || !TRUNCATION_TAIL.test(tail)) return null;
  return { text: text.slice(0, start).trimEnd(), bare: tail.trim() === "" };
}

/** A line that is only a site's "Show more" label (one to three words, nothing else). */
export function isTruncationLabel(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== "" && trimmed.length <= 25 && TRUNCATION_TAIL.test(trimmed);
}

/**
 * The label a site prints after every episode's text, with no truncation mark before it ("… where the
 * investigation stands. Show more"): a line of its own somewhere among the episodes (`standalone`: the
 * page's lines after its header), one to three capitalised words, that also ends the last line of at
 * least two episodes and of half of them. It is the site's button, not the episode's words. Null when
 * there is none.
 * repeatedTailLabel(["… nobody wrote down. Show more", "… /ferry Show more", "Only two came home."],
 *   ["The Lakeside Motel", "Show more", "Load more"]) -> "Show more"
 */
export function repeatedTailLabel(
  lastLines: readonly string[],
  standalone: readonly string[],
): string | null {
  const lines = lastLines.map((line) => line.trim()).filter(Boolean);
  const labels = new Set(
    standalone.map((line) => line.trim()).filter((line) => isTruncationLabel(line) && /^\p{Lu}/u.test(line)),
  );
  let best: { label: string; support: number } | null = null;
  for (const label of labels) {
    const support = lines.filter((line) => cutTailLabel(line, label) !== line).length;
    if (support < 2 || support * 2 < lines.length) continue;
    if (!best || support > best.support || (support === best.support && label.length > best.label.length))
      best = { label, support };
  }
  return best?.label ?? null;
}

/** cutTailLabel("… stands. Show more", "Show more") -> "… stands."; a line that is only the label -> "". */
export function cutTailLabel(line: string, label: string): string {
  const text = line.trimEnd();
  if (text.trim() === label) return "";
  if (!text.endsWith(label) || !/\s/.test(text[text.length - label.length - 1] ?? "")) return line;
  return text.slice(0, text.length - label.length).trimEnd();
}
