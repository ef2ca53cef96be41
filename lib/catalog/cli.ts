// `npm run catalog -- <command>`: parse, import, report, ensure. Content problems are printed with
// file:line; failures (bad arguments, unreadable files) are one `error:` line on stderr and exit 2.
import path from "node:path";
import { parseArgs } from "node:util";
import {
  buildFromInputs,
  describeImport,
  ensureCatalog,
  formatLocation,
  importInputs,
  loadCatalogInputs,
} from "./ensure";
import type { Catalog } from "./parse/schema";
import { buildReport, summarizeCatalog, type ReportFinding } from "./report";
import { displayPath } from "./sources";

const usage = `usage: npm run -s catalog -- <command> [options]

  parse [--json] [--facts PATH] <file>...       build the catalog from these files and print it
  import [--db PATH] [--sources DIR] [--facts PATH]
                                                build the catalog and write it to the database
  report [--sources DIR] [--facts PATH] [--json] data-quality findings
  ensure [--db PATH] [--sources DIR] [--facts PATH]
                                                import only when the database is missing or stale

Defaults: --db from DATABASE_URL (file:./data/catalog.db), --sources data/sources,
--facts data/episode-facts.json. Exit codes: 0 ok, 1 content errors, 2 failure.`;

class UsageError extends Error {}

const sourceOptions = {
  sources: { type: "string" },
  facts: { type: "string" },
} as const;

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
          options: { json: { type: "boolean" }, facts: { type: "string" }, help },
          allowPositionals: true,
        }),
      );
      if (values.help) return printUsage();
      if (positionals.length === 0) throw new UsageError("parse needs at least one source file");
      const loaded = loadCatalogInputs({
        files: positionals,
        factsPath: values.facts,
        factsRequired: values.facts !== undefined,
      });
      const catalog = buildFromInputs(loaded);
      if (values.json) {
        process.stdout.write(`${JSON.stringify(catalog, null, 2)}\n`);
        return 0;
      }
      write(process.stdout, summaryLines(catalog));
      return 0;
    }
    case "import":
    case "ensure": {
      const { values } = parseOrFail(() =>
        parseArgs({ args, options: { ...sourceOptions, db: { type: "string" }, help } }),
      );
      if (values.help) return printUsage();
      const loaded = loadCatalogInputs({
        sourcesDir: values.sources,
        factsPath: values.facts,
        factsRequired: values.facts !== undefined,
      });
      // Loaded here so that a bad DATABASE_URL is reported like any other error, not as a stack trace.
      const dbPath = values.db ?? (await import("../env")).catalogDbPath;
      const outcome =
        command === "import"
          ? await importInputs(loaded, dbPath)
          : await ensureCatalog(loaded, dbPath, (line) => write(process.stdout, [line]));
      if (outcome.status === "up-to-date") {
        write(process.stdout, [`catalog ${displayPath(path.resolve(dbPath))} is up to date`]);
        return 0;
      }
      if (outcome.status === "rejected") {
        write(process.stderr, describeImport(outcome, loaded.shownPaths));
        return 1;
      }
      write(process.stdout, describeImport(outcome, loaded.shownPaths));
      return 0;
    }
    case "report": {
      const { values } = parseOrFail(() =>
        parseArgs({ args, options: { ...sourceOptions, json: { type: "boolean" }, help } }),
      );
      if (values.help) return printUsage();
      const loaded = loadCatalogInputs({
        sourcesDir: values.sources,
        factsPath: values.facts,
        factsRequired: values.facts !== undefined,
      });
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
    case "help":
    case "--help":
    case "-h":
      return printUsage();
    case undefined:
      throw new UsageError("missing command (parse, import, report, ensure); see --help");
    default:
      throw new UsageError(`unknown command "${command}" (expected parse, import, report or ensure)`);
  }
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
