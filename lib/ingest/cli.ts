// `npm run catalog -- <command>`: parse, import, export, report, ensure, refresh. Content problems are printed with
// file:line; failures (bad arguments, unreadable files) are one `error:` line on stderr and exit 2.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { rollback, stageSources, writeSources, type Backup } from "./add-sources";
import {
  buildFromInputs,
  describeImport,
  ensureCatalog,
  formatIssue,
  formatLocation,
  importInputs,
  loadCatalogInputs,
  type ImportOutcome,
} from "./ensure";
import { documentHash, exportCatalog, parseCatalogDocument } from "./store/export";
import { importCatalog } from "./store/import";
import type { Catalog } from "@/lib/catalog/schema";
import { explainInputs } from "./explain";
import { refreshCatalog } from "./refresh";
import { buildReport, showLines, summarizeCatalog, type ReportFinding } from "./report";
import { defaultSourcesDir, displayPath } from "./sources";

const usage = `usage: npm run -s catalog -- <command> [options]

  parse [--json] [--facts PATH] <file>...       build the catalog from these files (.txt, .xml) and print it
  parse --explain <file>...                     how each file was read: its record shape and every line's
                                                role (title, date, description, chapter, link, chrome)
  import [--db PATH] [--sources DIR]... [--facts PATH]
                                                build the catalog and write it to the database
  import --rss FILE_OR_URL... [--text FILE...] [--show NAME] [--sources DIR]...
                                                add feeds / text dumps to the first sources folder, then import;
                                                --show states their show (kept in that folder's shows.json)
  import --json FILE [--db PATH]                replace the database with an exported catalog
  export --json [--out FILE] [--db PATH]        the whole catalog database as one JSON document
  report [--sources DIR]... [--facts PATH] [--json] data-quality findings
  ensure [--db PATH] [--sources DIR]... [--facts PATH]
                                                import only when the database is missing or stale
  refresh [--db PATH] [--sources DIR]... [--facts PATH] [--shows DIR] [--timeout-ms N]
                                                download every show's feedUrl into the first sources
                                                folder as <show-slug>.feed.xml, then import

Defaults: --db from DATABASE_URL (file:./data/catalog.db), --sources data/sources (repeatable: every
folder's *.txt and *.xml are inputs), --facts data/episode-facts.json. Each show's data and rules
(name, host, links, course sites, shops and promotion wording) are read from data/shows/<slug>.json.
Exit codes: 0 ok, 1 content errors (nothing changed), 2 failure, 3 refresh reached no feed (nothing changed).`;

class UsageError extends Error {}

const sourceOptions = {
  sources: { type: "string", multiple: true },
  facts: { type: "string" },
} as const;

/** The inputs named by --sources (or the files given) and --facts: a --facts file given must exist. */
function loadInputs(options: { sources?: string[]; files?: string[]; facts?: string }) {
  return loadCatalogInputs({
    sourcesDirs: options.sources,
    files: options.files,
    factsPath: options.facts,
    factsRequired: options.facts !== undefined,
  });
}

/** Runs node:util parseArgs, turning its complaints into usage errors (exit 2, one line). */
function parseOrFail<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

const help = { type: "boolean", short: "h" } as const;

function write(stream: NodeJS.WriteStream, lines: string[]) {
  if (lines.length > 0) stream.write(`${lines.join("\n")}\n`);
}

function summaryLines(catalog: Catalog): string[] {
  const summary = summarizeCatalog(catalog);
  const kinds = Object.entries(summary.linksByKind)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(", ");
  return [
    `${summary.episodes} episodes from ${summary.files} file(s); ${summary.chapters} chapters (${summary.episodesWithChapters} episodes have chapters)`,
    `${summary.links} links${kinds ? ` (${kinds})` : ""}; ${summary.crossLinks} point at other episodes`,
    `merged duplicates: ${summary.mergedDuplicates}; facts applied: ${summary.factsApplied}, rejected: ${summary.factsRejected}; boilerplate lines skipped: ${summary.boilerplateLines}`,
    `issues: ${summary.issues.error} error(s), ${summary.issues.warning} warning(s), ${summary.issues.info} info`,
    ...showLines(summary),
  ];
}

function findingLines(findings: ReportFinding[], shownPaths: Map<string, string>): string[] {
  if (findings.length === 0) return ["no findings"];
  const byCode = new Map<string, ReportFinding[]>();
  for (const finding of findings) byCode.set(finding.code, [...(byCode.get(finding.code) ?? []), finding]);
  const lines: string[] = [];
  for (const [code, group] of byCode) {
    lines.push("", `${code} (${group.length}, ${group[0]!.severity})`);
    for (const finding of group) {
      const where = formatLocation(finding.file, finding.line, shownPaths);
      lines.push(
        `  ${where ? `${where}: ` : ""}${finding.episode ? `[${finding.episode}] ` : ""}${finding.message}`,
      );
    }
  }
  return lines;
}

async function run(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case "parse": {
      const { values, positionals } = parseOrFail(() =>
        parseArgs({
          args,
          options: {
            json: { type: "boolean" },
            explain: { type: "boolean" },
            facts: { type: "string" },
            help,
          },
          allowPositionals: true,
        }),
      );
      if (values.help) return printUsage();
      if (positionals.length === 0) throw new UsageError("parse needs at least one source file");
      const loaded = loadInputs({ files: positionals, facts: values.facts });
      if (values.explain) {
        write(process.stdout, explainInputs(loaded));
        return 0;
      }
      const catalog = buildFromInputs(loaded);
      if (values.json) {
        process.stdout.write(`${JSON.stringify(catalog, null, 2)}\n`);
        return 0;
      }
      write(process.stdout, summaryLines(catalog));
      return 0;
    }
    case "import":
      return runImport(args);
    case "ensure": {
      const { values } = parseOrFail(() =>
        parseArgs({ args, options: { ...sourceOptions, db: { type: "string" }, help } }),
      );
      if (values.help) return printUsage();
      const loaded = loadInputs(values);
      const dbPath = values.db ?? (await import("@/lib/env")).catalogDbPath;
      const outcome = await ensureCatalog(loaded, dbPath, (line) => write(process.stdout, [line]));
      if (outcome.status === "up-to-date") {
        write(process.stdout, [`catalog ${displayPath(path.resolve(dbPath))} is up to date`]);
        return 0;
      }
      return reportImport(outcome, loaded.shownPaths);
    }
    case "export": {
      const { values } = parseOrFail(() =>
        parseArgs({
          args,
          options: { json: { type: "boolean" }, out: { type: "string" }, db: { type: "string" }, help },
        }),
      );
      if (values.help) return printUsage();
      if (!values.json) throw new UsageError("export needs --json (the only export format)");
      const dbPath = values.db ?? (await import("@/lib/env")).catalogDbPath;
      const document = `${JSON.stringify(exportCatalog(path.resolve(dbPath)), null, 2)}\n`;
      if (values.out) {
        writeFileSync(values.out, document);
        write(process.stderr, [`wrote ${displayPath(path.resolve(values.out))}`]);
      } else process.stdout.write(document);
      return 0;
    }
    case "report": {
      const { values } = parseOrFail(() =>
        parseArgs({ args, options: { ...sourceOptions, json: { type: "boolean" }, help } }),
      );
      if (values.help) return printUsage();
      const loaded = loadInputs(values);
      const catalog = buildFromInputs(loaded);
      const findings = buildReport(catalog);
      if (values.json) {
        process.stdout.write(
          `${JSON.stringify({ summary: summarizeCatalog(catalog), findings }, null, 2)}\n`,
        );
        return 0;
      }
      write(process.stdout, [
        ...summaryLines(catalog),
        "",
        `${findings.length} finding(s)`,
        ...findingLines(findings, loaded.shownPaths),
      ]);
      return 0;
    }
    case "refresh": {
      const { values } = parseOrFail(() =>
        parseArgs({
          args,
          options: {
            ...sourceOptions,
            db: { type: "string" },
            shows: { type: "string" },
            "timeout-ms": { type: "string" },
            help,
          },
        }),
      );
      if (values.help) return printUsage();
      const timeout = values["timeout-ms"];
      if (timeout !== undefined && !/^[1-9]\d*$/.test(timeout))
        throw new UsageError(`--timeout-ms needs a positive whole number of milliseconds, not "${timeout}"`);
      const status = await refreshCatalog({
        sourcesDirs: values.sources?.length ? values.sources : [defaultSourcesDir],
        dbPath: values.db ?? (await import("@/lib/env")).catalogDbPath,
        factsPath: values.facts,
        showsDir: values.shows,
        timeoutMs: timeout === undefined ? undefined : Number(timeout),
        out: (line) => write(process.stdout, [line]),
        err: (line) => write(process.stderr, [line]),
      });
      return { refreshed: 0, refused: 1, "nothing-fetched": 3 }[status];
    }
    case "help":
    case "--help":
    case "-h":
      return printUsage();
    case undefined:
      throw new UsageError("missing command (parse, import, export, report, ensure, refresh); see --help");
    default:
      throw new UsageError(
        `unknown command "${command}" (expected parse, import, export, report, ensure or refresh)`,
      );
  }
}

function reportImport(outcome: ImportOutcome, shownPaths: Map<string, string>): number {
  if (outcome.status === "rejected") {
    write(process.stderr, describeImport(outcome, shownPaths));
    return 1;
  }
  write(process.stdout, describeImport(outcome, shownPaths));
  return 0;
}

/**
 * import: rebuild from the sources folders; with --rss/--text, first add those inputs to the first
 * folder (removed again when the import fails); with --json, load an exported catalog instead.
 */
async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseOrFail(() =>
    parseArgs({
      args,
      options: {
        ...sourceOptions,
        db: { type: "string" },
        rss: { type: "string", multiple: true },
        text: { type: "string", multiple: true },
        json: { type: "string" },
        show: { type: "string" },
        help,
      },
      allowPositionals: true,
    }),
  );
  if (values.help) return printUsage();
  const rss = values.rss ?? [];
  const text = values.text ?? [];
  // `--rss a.xml b.xml`: later words belong to the last of --rss / --text.
  if (positionals.length > 0) {
    const last = lastListOption(args);
    if (!last) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    (last === "rss" ? rss : text).push(...positionals);
  }
  const dbPath = values.db ?? (await import("@/lib/env")).catalogDbPath;

  const show = values.show?.trim() ?? null;
  if (show !== null && rss.length === 0 && text.length === 0)
    throw new UsageError("--show states the show of the --rss / --text inputs; give some");
  if (show === "") throw new UsageError("--show needs the show's name");
  if (values.json !== undefined) {
    if (rss.length > 0 || text.length > 0)
      throw new UsageError("--json cannot be combined with --rss or --text");
    const jsonPath = path.resolve(values.json);
    const document = readFileSync(jsonPath, "utf8");
    const catalog = parseCatalogDocument(document, displayPath(jsonPath));
    const summary = await importCatalog({ catalog, dbPath, inputHash: documentHash(document) });
    write(process.stdout, [
      `imported ${summary.episodes} episodes, ${summary.chapters} chapters, ${summary.links} links from ${displayPath(jsonPath)} into ${displayPath(summary.dbPath)} in ${summary.elapsedMs} ms`,
    ]);
    return 0;
  }

  const sourcesDirs = values.sources?.length ? values.sources : [defaultSourcesDir];
  let backup: Backup = new Map();
  if (rss.length > 0 || text.length > 0) {
    const staged = await stageSources(rss, text);
    if (staged.errors.length > 0) {
      write(process.stderr, [
        ...staged.errors.map((issue) => formatIssue(issue, staged.shownPaths)),
        `import refused: ${staged.errors.length} error(s); nothing was changed`,
      ]);
      return 1;
    }
    const firstDir = path.resolve(sourcesDirs[0]!);
    backup = writeSources(firstDir, staged.sources, show);
    for (const source of staged.sources) {
      write(process.stdout, [
        `added ${source.origin} as ${displayPath(path.join(firstDir, source.file))} (${source.episodes} episode(s))`,
        ...(source.explanation
          ? [
              `  fewer episodes than blocks shaped like one; how each line was read (also: catalog parse --explain):`,
              ...source.explanation.map((line) => `  ${line}`),
            ]
          : []),
      ]);
    }
  }
  try {
    const loaded = loadInputs({ sources: sourcesDirs, facts: values.facts });
    const outcome = await importInputs(loaded, dbPath);
    if (outcome.status === "rejected") rollbackAdded(backup);
    return reportImport(outcome, loaded.shownPaths);
  } catch (error) {
    rollbackAdded(backup);
    throw error;
  }
}

function rollbackAdded(backup: Backup) {
  if (backup.size === 0) return;
  rollback(backup);
  write(process.stderr, ["the added sources were removed again; sources and catalog are as before"]);
}

/** Which of --rss / --text was given last ("--rss=a.xml" counts too), or null. */
function lastListOption(args: string[]): "rss" | "text" | null {
  for (let index = args.length - 1; index >= 0; index -= 1) {
    const match = /^--(rss|text)(=|$)/.exec(args[index]!);
    if (match) return match[1] as "rss" | "text";
  }
  return null;
}

function printUsage(): number {
  write(process.stdout, [usage]);
  return 0;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, " ").trim();
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${oneLine(error)}\n`);
    if (process.env.DEBUG) console.error(error);
    process.exitCode = 2;
  },
);
