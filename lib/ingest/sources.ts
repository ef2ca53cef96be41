// The I/O edge of the catalog pipeline: reads the source files (text dumps, feeds and the chapters
// files feeds refer to), the facts file and the show's rules from disk.
// It decodes strictly (invalid UTF-8 is an error with file:line) and never parses.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceInput } from "./build";
import { referencedChapterFiles } from "./rss/feed";
import { STATED_SHOWS_FILE } from "./shows";

/** Path as the user should see it: relative to the working directory when inside it. */
export function displayPath(filePath: string): string {
  const relative = path.relative(process.cwd(), filePath);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : filePath;
}

function fsError(filePath: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === "ENOENT"
      ? "no such file or directory"
      : code === "ENOTDIR"
        ? "not a directory"
        : code === "EISDIR"
          ? "is a directory"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : `cannot read (${code ?? String(error)})`;
  return new Error(`${displayPath(filePath)}: ${reason}`, { cause: error });
}

/**
 * Byte offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1.
 * Follows the WHATWG decoder's ranges (no overlongs, no surrogates, nothing above U+10FFFF).
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[index + k];
      if (next === undefined) return index;
      if (next < low || next > high) return index;
      low = 0x80;
      high = 0xbf;
    }
    index += length;
  }
  return -1;
}

/** decodeUtf8(bytes, "x.txt") -> text without a leading BOM; throws "x.txt:12: invalid UTF-8". */
export function decodeUtf8(bytes: Uint8Array, shownPath: string): string {
  try {
    // The decoder drops a leading BOM itself (ignoreBOM defaults to false).
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    const offset = Math.max(0, firstInvalidUtf8Offset(bytes));
    let line = 1;
    for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
    const byte = bytes[offset]?.toString(16).padStart(2, "0") ?? "??";
    throw new Error(`${shownPath}:${line}: invalid UTF-8 (byte 0x${byte} at offset ${offset})`, {
      cause: error,
    });
  }
}

function readBytes(filePath: string): Uint8Array {
  try {
    return readFileSync(filePath);
  } catch (error) {
    throw fsError(filePath, error);
  }
}

/** The folder holding package.json; defaults below are inside it, whatever the working directory. */
export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
export const defaultSourcesDir = path.join(projectRoot, "data/sources");
export const defaultFactsPath = path.join(projectRoot, "data/episode-facts.json");
export const defaultTopicsPath = path.join(projectRoot, "data/topics.json");
export const defaultShowsDir = path.join(projectRoot, "data/shows");

const PARSED = /\.(txt|xml)$/i;
const RELATED = /\.json$/i;

function listDir(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw fsError(dir, error);
  }
}

/**
 * The files of one sources folder, as paths inside it: `*.txt` and `*.xml` at the top, `*.json`
 * (chapters files a feed refers to) at any depth but the folder's own shows.json (readStatedShows).
 * Sorted, so the catalog does not depend on the disk.
 */
export function listSourceFiles(dir: string): string[] {
  const found: string[] = [];
  const visit = (relative: string, depth: number) => {
    for (const entry of listDir(path.join(dir, relative))) {
      const name = relative ? path.posix.join(relative, entry.name) : entry.name;
      if (entry.isDirectory()) {
        if (depth < 4 && !entry.name.startsWith(".")) visit(name, depth + 1);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        if (depth === 0 && entry.name === STATED_SHOWS_FILE) continue;
        if (RELATED.test(entry.name) || (depth === 0 && PARSED.test(entry.name))) found.push(name);
      }
    }
  };
  visit("", 0);
  return found.sort();
}

/** A source file with where it is on disk (for messages and for `import --rss` copies). */
export type LocatedInput = SourceInput & { path: string };

/**
 * readSourceInputs({ sourcesDirs: ["data/sources"] }) -> [{ file: "000_a.txt", text }, ...] sorted by
 * name, folder after folder. With `files`, reads exactly those (in the order given) plus the chapters
 * files a feed among them refers to; `file` is then the base name. Two folders holding the same
 * file name is an error (issues name files by that name).
 */
export function readSourceInputs(options: { sourcesDirs?: string[]; files?: string[] } = {}): LocatedInput[] {
  const located: { file: string; path: string }[] = [];
  if (options.files) {
    for (const file of options.files) {
      const filePath = path.resolve(file);
      located.push({ file: path.basename(filePath), path: filePath });
      if (/\.xml$/i.test(filePath)) {
        const xml = decodeUtf8(readBytes(filePath), displayPath(filePath));
        for (const related of referencedChapterFiles(xml, path.basename(filePath))) {
          const relatedPath = path.join(path.dirname(filePath), related);
          if (existsSync(relatedPath)) located.push({ file: related, path: relatedPath });
        }
      }
    }
  } else {
    const dirs = options.sourcesDirs?.length ? options.sourcesDirs : [defaultSourcesDir];
    for (const dir of dirs.map((value) => path.resolve(value))) {
      const files = listSourceFiles(dir);
      if (!files.some((file) => PARSED.test(file)))
        throw new Error(`${displayPath(dir)}: no .txt or .xml source files`);
      for (const file of files) located.push({ file, path: path.join(dir, file) });
    }
  }
  const seen = new Map<string, string>();
  for (const { file, path: filePath } of located) {
    const other = seen.get(file);
    if (other !== undefined && other !== filePath)
      throw new Error(
        `${displayPath(filePath)}: another source file has the same name (${displayPath(other)})`,
      );
    seen.set(file, filePath);
  }
  const unique = located.filter(
    (entry, index) => located.findIndex((other) => other.file === entry.file) === index,
  );
  return unique.map(({ file, path: filePath }) => ({
    file,
    path: filePath,
    text: decodeUtf8(readBytes(filePath), displayPath(filePath)),
  }));
}

/**
 * readStatedShows(["data/sources"]) -> [{ file: "data/sources/shows.json", path, text }]: each folder's
 * record of the shows stated at import, named by its shown path (every folder may have one).
 */
export function readStatedShows(sourcesDirs: string[]): LocatedInput[] {
  return sourcesDirs
    .map((dir) => path.join(path.resolve(dir), STATED_SHOWS_FILE))
    .filter((filePath) => existsSync(filePath))
    .map((filePath) => ({
      file: displayPath(filePath),
      path: filePath,
      text: decodeUtf8(readBytes(filePath), displayPath(filePath)),
    }));
}

/** readFacts("data/episode-facts.json") -> the file's text, or null when the file does not exist. */
export function readFacts(filePath: string): string | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw fsError(filePath, error);
  }
  return decodeUtf8(bytes, displayPath(filePath));
}

/**
 * readShowFiles("data/shows") -> [{ file: "the-backend-engineering-show.json", path, text }], sorted;
 * none when the folder does not exist.
 */
export function readShowFiles(dir: string): LocatedInput[] {
  if (!existsSync(dir)) return [];
  return listDir(dir)
    .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
    .map((entry) => entry.name)
    .sort()
    .map((file) => {
      const filePath = path.join(dir, file);
      return { file, path: filePath, text: decodeUtf8(readBytes(filePath), displayPath(filePath)) };
    });
}
