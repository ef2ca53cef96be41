// The steps the CLI and `npm start` share: read the inputs, build the catalog, refuse it when it has
// errors, import it, and skip all that when the stored input hash says the database is current.
import path from "node:path";
import { buildCatalog, type SourceInput } from "./build";
import { importCatalog, readCatalogInfo, type ImportSummary } from "./store/import";
import { computeInputHash } from "./input-hash";
import type { Catalog, Issue } from "@/lib/catalog/schema";
import { parseTaxonomy } from "@/lib/ingest/topics/taxonomy";
import { parseShowFiles } from "./show-rules";
import { parseStatedShows } from "./shows";
import { summarizeCatalog } from "./report";
import {
  defaultFactsPath,
  defaultShowsDir,
  defaultSourcesDir,
  defaultTopicsPath,
  displayPath,
  readFacts,
  readShowFiles,
  readSourceInputs,
  readStatedShows,
} from "./sources";

export type CatalogInputs = {
  inputs: SourceInput[];
  factsText: string | null;
  /** Base name of the facts file, as issues name it. */
  factsFile: string;
  /** The shows' data and rules (data/shows/*.json), by base name. */
  showFiles: SourceInput[];
  /** Each sources folder's shows.json (the shows stated at import), named by its shown path. */
  statedShows: SourceInput[];
  /** Base name -> path shown to the user, for `file:line` locations. */
  shownPaths: Map<string, string>;
};

/** Reads the source files (a folder, or explicit files), the facts file and the show's rules; throws one-line errors. */
export function loadCatalogInputs(options: {
  /** Folders read in order (default data/sources); every file in them is an input. */
  sourcesDirs?: string[];
  files?: string[];
  factsPath?: string;
  /** When the facts path was given explicitly, a missing file is an error rather than "no facts". */
  factsRequired?: boolean;
  /** Where the shows' files are (default data/shows). */
  showsDir?: string;
}): CatalogInputs {
  const located = readSourceInputs({ sourcesDirs: options.sourcesDirs, files: options.files });
  // Explicit files are read on their own: no folder, so nothing stated about them.
  const statedShows = options.files
    ? []
    : readStatedShows(options.sourcesDirs?.length ? options.sourcesDirs : [defaultSourcesDir]).map(
        ({ file, text }) => ({ file, text }),
      );
  const inputs = located.map(({ file, text }) => ({ file, text }));
  const factsPath = path.resolve(options.factsPath ?? defaultFactsPath);
  const factsText = readFacts(factsPath);
  if (factsText === null && options.factsRequired)
    throw new Error(`${displayPath(factsPath)}: no such file or directory`);
  const shownPaths = new Map<string, string>();
  for (const input of located) shownPaths.set(input.file, displayPath(input.path));
  const factsFile = path.basename(factsPath);
  shownPaths.set(factsFile, displayPath(factsPath));
  shownPaths.set(path.basename(defaultTopicsPath), displayPath(defaultTopicsPath));
  const shows = readShowFiles(path.resolve(options.showsDir ?? defaultShowsDir));
  for (const show of shows) shownPaths.set(show.file, displayPath(show.path));
  const showFiles = shows.map(({ file, text }) => ({ file, text }));
  return { inputs, factsText, factsFile, showFiles, statedShows, shownPaths };
}

/**
 * Builds the catalog with the shows' data and the shows stated at import, tagged with the taxonomy in
 * data/topics.json (a problem in any of these files is an error issue).
 */
export function buildFromInputs(loaded: CatalogInputs): Catalog {
  const topicsText = readFacts(defaultTopicsPath);
  const taxonomy =
    topicsText === null
      ? { topics: [], issues: [] }
      : parseTaxonomy(topicsText, path.basename(defaultTopicsPath));
  const shows = parseShowFiles(loaded.showFiles);
  const stated = new Map<string, string>();
  const statedIssues: Issue[] = [];
  const inputFiles = new Set(loaded.inputs.map((input) => input.file));
  for (const { file, text } of loaded.statedShows) {
    const parsed = parseStatedShows(text, file);
    statedIssues.push(...parsed.issues);
    for (const [source, show] of parsed.stated) {
      if (inputFiles.has(source)) stated.set(source, show);
      else
        statedIssues.push({
          file,
          line: 0,
          severity: "warning",
          code: "stated-show-no-file",
          message: `${source} (stated to be of "${show}") is not a source file`,
        });
    }
  }
  const catalog = buildCatalog(
    loaded.inputs,
    loaded.factsText,
    loaded.factsFile,
    taxonomy.topics,
    shows.shows,
    stated,
  );
  return { ...catalog, issues: [...taxonomy.issues, ...shows.issues, ...statedIssues, ...catalog.issues] };
}

/** "data/sources/000_a.txt:12" (or just the path for whole-file issues). */
export function formatLocation(
  file: string | undefined,
  line: number | undefined,
  shownPaths?: Map<string, string>,
): string {
  if (file === undefined) return "";
  const shown = shownPaths?.get(file) ?? file;
  return line ? `${shown}:${line}` : shown;
}

export function formatIssue(issue: Issue, shownPaths?: Map<string, string>): string {
  return `${formatLocation(issue.file, issue.line, shownPaths)}: ${issue.message}`;
}

export type ImportOutcome =
  | { status: "imported"; catalog: Catalog; summary: ImportSummary }
  | { status: "rejected"; catalog: Catalog; errors: Issue[] };

export type EnsureOutcome = ImportOutcome | { status: "up-to-date"; inputHash: string };

/** Builds and imports; a catalog with error issues is rejected and the database is not touched. */
export async function importInputs(loaded: CatalogInputs, dbPath: string): Promise<ImportOutcome> {
  const started = performance.now();
  const catalog = buildFromInputs(loaded);
  const errors = catalog.issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) return { status: "rejected", catalog, errors };
  const inputHash = computeInputHash(loaded.inputs, loaded.factsText, { statedShows: loaded.statedShows });
  const summary = await importCatalog({ catalog, dbPath, inputHash });
  return {
    status: "imported",
    catalog,
    summary: { ...summary, elapsedMs: Math.round(performance.now() - started) },
  };
}

/** Why the database needs an import, or null when its stored hash matches the inputs. */
export function staleReason(dbPath: string, inputHash: string): string | null {
  let stored: string | null;
  try {
    stored = readCatalogInfo(dbPath);
  } catch (error) {
    const reason =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return `unreadable (${reason})`;
  }
  if (stored === null) return "missing";
  return stored === inputHash ? null : "out of date";
}

/** Imports only when the database is missing or was built from other inputs or code. */
export async function ensureCatalog(
  loaded: CatalogInputs,
  dbPath: string,
  log: (line: string) => void = () => {},
): Promise<EnsureOutcome> {
  const inputHash = computeInputHash(loaded.inputs, loaded.factsText, { statedShows: loaded.statedShows });
  const reason = staleReason(dbPath, inputHash);
  if (reason === null) return { status: "up-to-date", inputHash };
  log(`catalog ${displayPath(dbPath)} is ${reason}; importing`);
  return importInputs(loaded, dbPath);
}

/** The short import report: counts, then every warning with its location. */
export function describeImport(outcome: ImportOutcome, shownPaths: Map<string, string>): string[] {
  if (outcome.status === "rejected") {
    return [
      ...outcome.errors.map((issue) => `${formatIssue(issue, shownPaths)}`),
      `import refused: ${outcome.errors.length} error(s); the database was not changed`,
    ];
  }
  const { catalog, summary } = outcome;
  const warnings = catalog.issues.filter((issue) => issue.severity === "warning");
  const infos = catalog.issues.filter((issue) => issue.severity === "info").length;
  return [
    `imported ${summary.episodes} episodes, ${summary.chapters} chapters, ${summary.links} links (${summary.crossLinks} to other episodes) into ${displayPath(summary.dbPath)} in ${summary.elapsedMs} ms`,
    `shows: ${summarizeCatalog(catalog)
      .shows.map((show) => `${show.slug} (${show.episodes} episodes)`)
      .join(", ")}`,
    `merged duplicates: ${catalog.stats.mergedDuplicates}; facts applied: ${catalog.stats.factsApplied}, rejected: ${catalog.stats.factsRejected}; boilerplate lines skipped: ${catalog.stats.boilerplateLines}`,
    ...(warnings.length > 0 ? [`${warnings.length} warning(s):`] : []),
    ...warnings.map((issue) => `  ${formatIssue(issue, shownPaths)}`),
    ...(infos > 0 ? [`${infos} info note(s); see \`npm run catalog -- report\``] : []),
  ];
}
