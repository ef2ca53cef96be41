// Slugs of episodes and shows: derived from a title, stable across re-imports, made unique
// deterministically (the first to ask keeps the plain slug).

/** slugify("Cloudflare's 150ms global cache purge | Deep Dive") -> "cloudflares-150ms-global-cache-purge-deep-dive" */
export function slugify(title: string, maxLength = 72): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (base.length <= maxLength) return base || "episode";
  const clipped = base.slice(0, maxLength + 1);
  return clipped
    .slice(0, clipped.lastIndexOf("-") > 20 ? clipped.lastIndexOf("-") : maxLength)
    .replace(/-+$/, "");
}

export function uniqueSlug(slug: string, used: Set<string>): string {
  let candidate = slug;
  for (let suffix = 2; used.has(candidate); suffix += 1) candidate = `${slug}-${suffix}`;
  used.add(candidate);
  return candidate;
}
