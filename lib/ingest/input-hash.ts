// Fingerprint of everything that shapes the catalog database: the source texts, the shows stated at
// import, the facts file, the shows' data, the taxonomy and the code that turns them into rows.
// `ensure` and `npm start` compare it with the stored CatalogInfo.
import { createHash, type Hash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { SourceInput } from "./build";
import { projectRoot } from "./sources";

/** Files and folders (relative to the project root) whose content decides what the import writes. */
export const catalogCodePaths = [
  // Everything build-time (parsers, merge, facts, tagging, search rows, the store) and the model.
  "lib/ingest",
  "lib/catalog",
  "data/topics.json",
  "data/shows",
  "prisma/schema.prisma",
  "prisma/migrations",
];

/** Every regular file under `entries` (files or folders, relative to `root`), as sorted POSIX paths. */
export function listFiles(root: string, entries: string[], exclude: string[] = []): string[] {
  const found: string[] = [];
  const visit = (relative: string) => {
    if (exclude.includes(relative)) return;
    const absolute = path.join(root, relative);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw new Error(`${absolute}: cannot read`, { cause: error });
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(absolute)) visit(path.posix.join(relative, name));
    } else if (stats.isFile()) {
      found.push(relative);
    }
  };
  for (const entry of entries) visit(entry);
  return [...new Set(found)].sort();
}

/** Feeds one named, length-prefixed part into the hash, so that no two inputs can collide by concatenation. */
function addPart(hash: Hash, kind: string, name: string, content: string | Uint8Array) {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  hash.update(`${kind}\0${name}\0${bytes.length}\0`);
  hash.update(bytes);
}

/** Adds the content of `files` (relative to `root`) to a hash. */
export function addFiles(hash: Hash, root: string, files: string[]) {
  for (const file of files) addPart(hash, "code", file, readFileSync(path.join(root, file)));
}

/**
 * computeInputHash(inputs, factsText) -> "3f9a…" (sha256 hex); same inputs and code, same hash.
 * `statedShows` are the sources folders' shows.json files (which show a source was stated to be of).
 */
export function computeInputHash(
  inputs: SourceInput[],
  factsText: string | null,
  options: { root?: string; statedShows?: SourceInput[] } = {},
): string {
  const root = options.root ?? projectRoot;
  const hash = createHash("sha256");
  hash.update("episode-catalog input v1\0");
  for (const input of inputs) addPart(hash, "source", input.file, input.text);
  for (const stated of options.statedShows ?? []) addPart(hash, "stated-shows", stated.file, stated.text);
  addPart(hash, factsText === null ? "no-facts" : "facts", "", factsText ?? "");
  addFiles(hash, root, listFiles(root, catalogCodePaths));
  return hash.digest("hex");
}

/** What the site's production build depends on besides node_modules (lib/generated is regenerated). */
export const siteBuildInputs = [
  "app",
  "components",
  "lib",
  "public",
  "prisma",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "postcss.config.js",
  "postcss.config.cjs",
  "tsconfig.json",
];
