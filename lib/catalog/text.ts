// How two pieces of text are compared when deciding that they name the same thing (an episode title in
// two sources, a fact's title, a repeated title line): case, punctuation and spacing do not count.

/** normalizeForCompare("Cloudflare’s 150ms Cache-Purge!") -> "cloudflare s 150ms cache purge" */
export function normalizeForCompare(value: string): string {
  return value
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
