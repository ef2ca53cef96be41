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
