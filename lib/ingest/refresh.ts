// `catalog refresh`: downloads the feed each show's file names (`feedUrl`) into the first sources folder,
// replacing that show's previous copy, then rebuilds the catalog once. It keeps no history and never
// retries: an unreachable feed is skipped, a bad one refuses the whole refresh.
import { existsSync } from "node:fs";
import path from "node:path";
import type { Issue } from "@/lib/catalog/schema";
import {
  fetchText,
  rollback,
  stageSources,
  UnreachableError,
  writeSources,
  type NewSource,
} from "./add-sources";
import { describeImport, formatIssue, importInputs, loadCatalogInputs } from "./ensure";
import { parseShowFiles } from "./show-rules";
import { defaultShowsDir, displayPath, readShowFiles } from "./sources";

/** Fetches a feed URL's text; throws UnreachableError when the server cannot be reached. */
export type Download = (url: string) => Promise<string>;

/** showFeedFileName("the-backend-engineering-show") -> "the-backend-engineering-show.feed.xml" */
export function showFeedFileName(showSlug: string): string {
  return `${showSlug}.feed.xml`;
}

/** readShowFeeds("data/shows") -> each show's slug and feed URL in name order, and the files' issues. */
export function readShowFeeds(showsDir: string): {
  shows: { slug: string; feedUrl: string | null }[];
  issues: Issue[];
  shownPaths: Map<string, string>;
} {
  if (!existsSync(showsDir)) throw new Error(`${displayPath(showsDir)}: no such file or directory`);
  const files = readShowFiles(showsDir);
  const parsed = parseShowFiles(files);
  return {
    shows: parsed.shows.map((show) => ({ slug: show.slug, feedUrl: show.feedUrl ?? null })),
    issues: parsed.issues.filter((issue) => issue.severity === "error"),
    shownPaths: new Map(files.map((file) => [file.file, displayPath(file.path)])),
  };
}

export type FeedResult =
  | { status: "fetched"; source: NewSource }
  | { status: "unreachable"; reason: string }
  /** Every problem as a printable line naming the URL (and the line, for the feed's content). */
  | { status: "refused"; errors: string[] };

/** Downloads and checks one show's feed; nothing is written. */
export async function fetchShowFeed(slug: string, url: string, download: Download): Promise<FeedResult> {
  let text: string;
  try {
    text = await download(url);
  } catch (error) {
    if (error instanceof UnreachableError) return { status: "unreachable", reason: error.reason };
    // The server answered, but not with a feed we can read (HTTP error status, too large, not UTF-8).
    if (error instanceof Error) return { status: "refused", errors: [error.message] };
    throw error;
  }
  const staged = await stageSources([url], [], async () => text);
  if (staged.errors.length > 0)
    return { status: "refused", errors: staged.errors.map((issue) => formatIssue(issue, staged.shownPaths)) };
  const source = staged.sources[0]!;
  return { status: "fetched", source: { ...source, file: showFeedFileName(slug) } };
}

export type RefreshOptions = {
  sourcesDirs: string[];
  dbPath: string;
  factsPath?: string;
  showsDir?: string;
  /** For the default download (fetchText); 30 s when not given. */
  timeoutMs?: number;
  download?: Download;
  out: (line: string) => void;
  err: (line: string) => void;
};

/**
 * "refreshed": at least one feed stored and the catalog imported. "refused": a show file or feed has
 * errors, or the import refused the result; "nothing-fetched": no show's feed could be downloaded.
 * In both of the last two, the sources folders and the database are as they were.
 */
export type RefreshStatus = "refreshed" | "refused" | "nothing-fetched";

/** Fetches every show's feed (concurrently, reported in name order), stores the good ones, imports once. */
export async function refreshCatalog(options: RefreshOptions): Promise<RefreshStatus> {
  const { out, err } = options;
  const download = options.download ?? ((url: string) => fetchText(url, options.timeoutMs));
  const showsDir = path.resolve(options.showsDir ?? defaultShowsDir);
  const { shows, issues, shownPaths } = readShowFeeds(showsDir);
  if (issues.length > 0) {
    for (const issue of issues) err(formatIssue(issue, shownPaths));
    err(`refresh refused: ${issues.length} error(s) in the show files; nothing was changed`);
    return "refused";
  }

  const results = await Promise.all(
    shows.map(async (show) =>
      show.feedUrl === null ? null : fetchShowFeed(show.slug, show.feedUrl, download),
    ),
  );
  const fetched: NewSource[] = [];
  const errors: string[] = [];
  shows.forEach((show, index) => {
    const result = results[index];
    if (!result) out(`${show.slug}: no feed URL`);
    else if (result.status === "fetched") {
      fetched.push(result.source);
      out(`${show.slug}: ${result.source.episodes} items from ${show.feedUrl}`);
    } else if (result.status === "unreachable")
      out(`${show.slug}: feed unreachable (${result.reason}); nothing changed`);
    else {
      errors.push(...result.errors);
      out(`${show.slug}: feed refused (${result.errors.length} error(s)) from ${show.feedUrl}`);
    }
  });
  if (errors.length > 0) {
    for (const line of errors) err(line);
    err(`refresh refused: ${errors.length} error(s); nothing was changed`);
    return "refused";
  }
  if (fetched.length === 0) {
    err(
      shows.some((show) => show.feedUrl !== null)
        ? "no feed could be fetched; nothing was changed"
        : `no show in ${displayPath(showsDir)} names a feed URL; nothing was changed`,
    );
    return "nothing-fetched";
  }

  const firstDir = path.resolve(options.sourcesDirs[0]!);
  const backup = writeSources(firstDir, fetched);
  try {
    const loaded = loadCatalogInputs({
      sourcesDirs: options.sourcesDirs,
      factsPath: options.factsPath,
      factsRequired: options.factsPath !== undefined,
      showsDir,
    });
    const outcome = await importInputs(loaded, options.dbPath);
    if (outcome.status === "rejected") {
      rollback(backup);
      for (const line of describeImport(outcome, loaded.shownPaths)) err(line);
      err("the previous feed files were put back; sources and catalog are as before");
      return "refused";
    }
    for (const line of describeImport(outcome, loaded.shownPaths)) out(line);
    return "refreshed";
  } catch (error) {
    rollback(backup);
    throw error;
  }
}
