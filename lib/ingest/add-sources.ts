// `import --rss` and `import --text`: brings new inputs (feed files or URLs, text dumps) into the first
// sources folder so every later rebuild keeps them. Each input is parsed on its own first; a bad one
// stops everything before a file is written, and `rollback` puts the folder back as it was.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { slugify } from "./slugs";
import { parseSource } from "./text";
import type { Issue } from "@/lib/catalog/schema";
import { parseFeed, referencedChapterFiles } from "./rss/feed";
import { explainResult } from "./explain";
import { decodeUtf8, displayPath } from "./sources";
import { parseStatedShows, STATED_SHOWS_FILE } from "./shows";

export type NewSource = {
  /** Name inside the sources folder ("show-name.xml", "dump.txt"). */
  file: string;
  text: string;
  /** Where it came from, as the user wrote it (path or URL). */
  origin: string;
  /** Chapters files a feed refers to: path beside the feed -> content. */
  related: Map<string, string>;
  /** Feed items or text episodes found. */
  episodes: number;
  /** For a text page with fewer episodes than record-shaped blocks: how each line was read. */
  explanation?: string[];
};

export type Staged = { sources: NewSource[]; errors: Issue[]; shownPaths: Map<string, string> };

const FETCH_TIMEOUT_MS = 30_000;
const MAX_FEED_BYTES = 50 * 1024 * 1024;

function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** No connection or no answer in time: the server may be there later, unlike a refusal or a bad body. */
export class UnreachableError extends Error {
  constructor(
    url: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`${url}: cannot download (${reason})`, options);
  }
}

function unreachable(url: string, error: unknown, timeoutMs: number): UnreachableError {
  const reason =
    error instanceof Error && error.name === "TimeoutError"
      ? `no answer within ${timeoutMs / 1000} s`
      : error instanceof Error
        ? ((error.cause as Error | undefined)?.message ?? error.message)
        : String(error);
  return new UnreachableError(url, reason, { cause: error });
}

/**
 * fetchText("https://example.com/feed.xml") -> the body; throws one-line errors naming the URL
 * (an UnreachableError when the server could not be reached).
 */
export async function fetchText(url: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
  } catch (error) {
    throw unreachable(url, error, timeoutMs);
  }
  if (!response.ok) throw new Error(`${url}: download failed with HTTP ${response.status}`);
  let bytes: Uint8Array;
  try {
    // The timeout covers the body too: a server that stalls after its headers never answers either.
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw unreachable(url, error, timeoutMs);
  }
  if (bytes.length > MAX_FEED_BYTES) throw new Error(`${url}: larger than ${MAX_FEED_BYTES} bytes`);
  return decodeUtf8(bytes, url);
}

function readLocal(filePath: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file or directory"
        : code === "EISDIR"
          ? "is a directory"
          : `cannot read (${code})`;
    throw new Error(`${displayPath(filePath)}: ${reason}`, { cause: error });
  }
  return decodeUtf8(bytes, displayPath(filePath));
}

/** The name a feed is stored under: its channel title as a slug, else the file or URL base name. */
function feedFileName(channelTitle: string | null, origin: string): string {
  const base = path.posix.basename(isUrl(origin) ? new URL(origin).pathname : origin.replaceAll("\\", "/"));
  const stem = channelTitle ? slugify(channelTitle) : slugify(base.replace(/\.[a-z0-9]+$/i, ""));
  return `${stem || "feed"}.xml`;
}

/**
 * Reads and parses each new input on its own. Returns what would be added and every error issue
 * (with the user's path or URL in `shownPaths`); nothing is written.
 */
export async function stageSources(
  rss: string[],
  text: string[],
  download: (url: string) => Promise<string> = fetchText,
): Promise<Staged> {
  const sources: NewSource[] = [];
  const errors: Issue[] = [];
  const shownPaths = new Map<string, string>();
  for (const origin of rss) {
    const content = isUrl(origin) ? await download(origin) : readLocal(path.resolve(origin));
    const provisional = path.posix.basename(isUrl(origin) ? new URL(origin).pathname : origin) || "feed.xml";
    const related = new Map<string, string>();
    if (!isUrl(origin)) {
      for (const relative of referencedChapterFiles(content, provisional)) {
        const relatedPath = path.join(path.dirname(path.resolve(origin)), relative);
        if (existsSync(relatedPath)) related.set(relative, readLocal(relatedPath));
      }
    }
    const parsed = parseFeed(content, provisional, (relative) => related.get(relative) ?? null);
    shownPaths.set(provisional, isUrl(origin) ? origin : displayPath(path.resolve(origin)));
    errors.push(...parsed.issues.filter((issue) => issue.severity === "error"));
    sources.push({
      file: feedFileName(parsed.show?.name ?? null, origin),
      text: content,
      origin,
      related,
      episodes: parsed.episodes.length,
    });
  }
  for (const origin of text) {
    const filePath = path.resolve(origin);
    const content = readLocal(filePath);
    const base = path.basename(filePath);
    const file = /\.txt$/i.test(base) ? base : `${base}.txt`;
    const parsed = parseSource(content, file);
    shownPaths.set(file, displayPath(filePath));
    errors.push(...parsed.issues.filter((issue) => issue.severity === "error"));
    if (parsed.episodes.length === 0) {
      errors.push({
        file,
        line: 0,
        severity: "error",
        code: "text-empty",
        message: "no episodes found in this file",
      });
    }
    const dropped = (parsed.recordBlocks ?? 0) > parsed.episodes.length;
    sources.push({
      file,
      text: content,
      origin,
      related: new Map(),
      episodes: parsed.episodes.length,
      ...(dropped ? { explanation: explainResult(parsed, content, displayPath(filePath), null) } : {}),
    });
  }
  const names = new Set<string>();
  for (const source of sources) {
    if (names.has(source.file))
      throw new Error(
        `${source.origin}: would be stored as ${source.file}, like another input of this import`,
      );
    names.add(source.file);
  }
  return { sources, errors, shownPaths };
}

/** What a folder held before `writeSources`: path -> previous content, or null when it was absent. */
export type Backup = Map<string, Buffer | null>;

/**
 * Writes the staged sources (and their chapters files) into `dir`; with `show`, also records in the
 * folder's shows.json that they belong to that show, so every later import keeps it. Returns how to
 * undo it.
 */
export function writeSources(dir: string, sources: NewSource[], show: string | null = null): Backup {
  const backup: Backup = new Map();
  const put = (relative: string, content: string) => {
    const target = path.join(dir, relative);
    if (!backup.has(target)) backup.set(target, existsSync(target) ? readFileSync(target) : null);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  };
  const stated = show === null ? null : readStated(path.join(dir, STATED_SHOWS_FILE));
  try {
    for (const source of sources) {
      put(source.file, source.text);
      for (const [relative, content] of source.related) put(relative, content);
    }
    if (show !== null && stated !== null) {
      for (const source of sources) stated.set(source.file, show);
      put(STATED_SHOWS_FILE, `${JSON.stringify(Object.fromEntries(stated), null, 2)}\n`);
    }
  } catch (error) {
    rollback(backup);
    throw new Error(`${displayPath(dir)}: cannot write the new sources`, { cause: error });
  }
  return backup;
}

/** The shows a folder's shows.json states (none when it is absent); a broken file stops the import. */
function readStated(filePath: string): Map<string, string> {
  if (!existsSync(filePath)) return new Map();
  const parsed = parseStatedShows(readLocal(filePath), displayPath(filePath));
  const problem = parsed.issues[0];
  if (problem) throw new Error(`${problem.file}:${problem.line}: ${problem.message}`);
  return parsed.stated;
}

/** Puts every file `writeSources` touched back as it was. */
export function rollback(backup: Backup) {
  for (const [target, previous] of backup) {
    if (previous === null) rmSync(target, { force: true });
    else writeFileSync(target, previous);
  }
}
