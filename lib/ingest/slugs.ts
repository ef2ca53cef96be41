// Slugs of episodes and shows: derived from a title, stable across re-imports, made unique
// deterministically (the first to ask keeps the plain slug).

/** Characters of a title's own hash, appended when its letters are mostly not Latin. */
const HASH_CHARS = 7;

/**
 * slugify("Cloudflare's 150ms global cache purge | Deep Dive") -> "cloudflares-150ms-global-cache-purge-deep-dive".
 * A title written mostly in another script ("#47 味噌汁はなぜ冷めにくいのか", "Привет мир") keeps what
 * Latin letters and digits it has, plus a short hash of the whole title: "47-1fk5k8m". So its slug is
 * its own, and the same on every import (a counter, "episode-3", would move when an episode is added
 * above it).
 */
export function slugify(title: string, maxLength = 72): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const letters = (title.match(/\p{L}/gu) ?? []).length;
  const latin = (base.match(/[a-z]/g) ?? []).length;
  if (latin * 2 >= letters) return clip(base, maxLength) || "episode";
  return [clip(base, maxLength - HASH_CHARS - 1), titleHash(title)].filter(Boolean).join("-");
}

function clip(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const clipped = slug.slice(0, maxLength + 1);
  return clipped
    .slice(0, clipped.lastIndexOf("-") > 20 ? clipped.lastIndexOf("-") : maxLength)
    .replace(/-+$/, "");
}

/** FNV-1a (32 bits) of the title as written, in base 36: stable across runs and machines. */
function titleHash(title: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(title.normalize("NFC").trim())) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(HASH_CHARS, "0").slice(-HASH_CHARS);
}

export function uniqueSlug(slug: string, used: Set<string>): string {
  let candidate = slug;
  for (let suffix = 2; used.has(candidate); suffix += 1) candidate = `${slug}-${suffix}`;
  used.add(candidate);
  return candidate;
}
