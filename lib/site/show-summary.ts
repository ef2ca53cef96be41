// Short display forms of the show's own text for the home page header: the description trimmed to a
// sentence or two without raw URLs, and a short label for each of the show's links. Pure.

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gi;

/**
 * summarizeDescription("Welcome to the show. You came to the right place. Links: https://x.y") ->
 *   "Welcome to the show. You came to the right place."
 * Whole sentences up to maxChars (at least one, cut at a word when that one alone is too long).
 */
export function summarizeDescription(text: string, maxChars = 200): string {
  const plain = text.replace(URL_PATTERN, " ").replace(/\s+/g, " ").trim();
  const sentences = plain.match(/[^.!?]+(?:[.!?]+|$)/g)?.map((sentence) => sentence.trim()) ?? [];
  let summary = "";
  for (const sentence of sentences) {
    if (!sentence) continue;
    const next = summary ? `${summary} ${sentence}` : sentence;
    if (summary && next.length > maxChars) break;
    summary = next;
  }
  if (summary.length <= maxChars) return summary;
  const cut = summary.slice(0, maxChars + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, maxChars)).replace(/[\s,;:]+$/, "")}…`;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** showLinkLabel({ url: "http://www.youtube.com/c/x", kind: "social" }) -> "YouTube channel" */
export function showLinkLabel(link: { url: string; kind: string }): string {
  const host = hostOf(link.url);
  if (link.kind === "youtube" || host === "youtube.com" || host === "youtu.be") return "YouTube channel";
  if (link.kind === "support") return "Support the show";
  if (link.kind === "course") return "Courses";
  return host ?? "Link";
}
