// The benchmark's catalog files: bench/out/catalog-<n>.db (search benchmark, the source episodes'
// show) and bench/out/catalog-<n>-<k>shows.db (scale benchmark, spread over k shows), generated from the
// real catalog and imported with the real import; a size equal to the real catalog's with one show is
// the real catalog itself. A file is reused while its stored input hash matches (generator version,
// size, shows and the real catalog's own input hash, which covers the sources and the import/index code).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildFromInputs, loadCatalogInputs } from "@/lib/ingest/ensure";
import { importCatalog, readCatalogInfo } from "@/lib/ingest/store/import";
import { computeInputHash } from "@/lib/ingest/input-hash";
import { catalogSchema, type Catalog } from "@/lib/catalog/schema";
import { projectRoot } from "@/lib/ingest/sources";
import { GENERATOR_VERSION, generateCatalog } from "./synthetic";

export const outDir = path.join(projectRoot, "bench/out");

/** Largest size whose generated catalog is also checked against catalogSchema (zod is slow at 100k). */
const VALIDATE_UP_TO = 10_000;

/** One catalog to make: `shows` spreads it over that many shows (see generateCatalog). */
export type CatalogSpec = { size: number; shows?: number };

export type BenchCatalog = {
  size: number;
  /** Set when the catalog was spread over that many shows. */
  shows: number | null;
  /** "real": the real catalog as imported by `npm run catalog -- import`; else generated from it. */
  source: "real" | "synthetic";
  dbPath: string;
  episodes: number;
  chapters: number;
  /** True when the file from an earlier run was current and used as is. */
  reused: boolean;
  generateMs: number;
  validateMs: number | null;
  importMs: number;
  /** When the file was written (this run or an earlier one). */
  builtAt: string;
};

type Sidecar = Omit<BenchCatalog, "reused" | "dbPath"> & { inputHash: string };

/** The real catalog, built only when some size has to be generated. */
function realCatalogLoader() {
  const inputs = loadCatalogInputs({});
  let catalog: Catalog | null = null;
  return {
    hash: computeInputHash(inputs.inputs, inputs.factsText),
    catalog(): Catalog {
      if (catalog) return catalog;
      catalog = buildFromInputs(inputs);
      const errors = catalog.issues.filter((issue) => issue.severity === "error");
      if (errors.length > 0) {
        throw new Error(`the real catalog has ${errors.length} errors; run npm run catalog -- check`);
      }
      return catalog;
    },
  };
}

function withoutHash(sidecar: Sidecar): Omit<Sidecar, "inputHash"> {
  const { inputHash, ...rest } = sidecar;
  return rest;
}

export function benchInputHash(
  realHash: string,
  size: number,
  spread?: { shows: number; source: BenchCatalog["source"] },
): string {
  const hash = createHash("sha256").update(`bench catalog v${GENERATOR_VERSION}\0${size}\0${realHash}`);
  if (spread) hash.update(`\0shows ${spread.shows}\0${spread.source}`);
  return hash.digest("hex");
}

/** catalogFileName({ size: 1000 }) -> "catalog-1000"; ({ size: 20000, shows: 10 }) -> "catalog-20000-10shows" */
export function catalogFileName(spec: CatalogSpec): string {
  if (spec.shows === undefined) return `catalog-${spec.size}`;
  return `catalog-${spec.size}-${spec.shows}${spec.shows === 1 ? "show" : "shows"}`;
}

/**
 * The real catalog (data/sources, data/episode-facts.json) imported with the current import code into
 * bench/out/catalog-<n>-1show.db, reused while current: what the relevance table measures, never older
 * than the search and index code it is run with.
 */
export async function ensureRealCatalog(log: (line: string) => void): Promise<BenchCatalog> {
  const size = realCatalogLoader().catalog().episodes.length;
  const [catalog] = await ensureBenchCatalogs([{ size, shows: 1 }], log);
  return catalog!;
}

/**
 * ensureBenchCatalogs([1000]) -> [{ size: 1000, dbPath: ".../bench/out/catalog-1000.db", reused: true, … }];
 * ensureBenchCatalogs([{ size: 20000, shows: 10 }]) -> [{ dbPath: ".../catalog-20000-10shows.db", … }].
 * `force` generates and imports again even when the stored file is current (to time the import).
 */
export async function ensureBenchCatalogs(
  specs: (number | CatalogSpec)[],
  log: (line: string) => void,
  options: { force?: boolean } = {},
): Promise<BenchCatalog[]> {
  mkdirSync(outDir, { recursive: true });
  const real = realCatalogLoader();
  const catalogs: BenchCatalog[] = [];
  for (const requested of specs) {
    const spec = typeof requested === "number" ? { size: requested } : requested;
    const { size } = spec;
    const shows = spec.shows ?? null;
    // Only a one-show catalog of the real size can be the real one; building it to count is quick.
    const source =
      shows === 1 && size === real.catalog().episodes.length ? ("real" as const) : ("synthetic" as const);
    const label = `${size} episodes${shows === null ? "" : ` in ${shows} show${shows === 1 ? "" : "s"}`}`;
    const dbPath = path.join(outDir, `${catalogFileName(spec)}.db`);
    const sidecarPath = path.join(outDir, `${catalogFileName(spec)}.json`);
    const inputHash = benchInputHash(real.hash, size, shows === null ? undefined : { shows, source });
    if (!options.force && readCatalogInfo(dbPath) === inputHash && existsSync(sidecarPath)) {
      const sidecar = JSON.parse(readFileSync(sidecarPath, "utf8")) as Sidecar;
      if (sidecar.inputHash === inputHash) {
        catalogs.push({ ...withoutHash(sidecar), dbPath, reused: true });
        log(`${label}: ${path.relative(projectRoot, dbPath)} is current, reused`);
        continue;
      }
    }
    log(`${label}: ${source === "real" ? "importing the real catalog" : "generating and importing"}…`);
    let started = performance.now();
    const catalog =
      source === "real"
        ? real.catalog()
        : generateCatalog(real.catalog(), size, shows === null ? {} : { shows });
    const generateMs = performance.now() - started;
    let validateMs: number | null = null;
    if (size <= VALIDATE_UP_TO) {
      started = performance.now();
      const result = catalogSchema.safeParse(catalog);
      if (!result.success) {
        throw new Error(
          `generated catalog of ${size} episodes is invalid: ${result.error.issues[0]?.message}`,
          {
            cause: result.error,
          },
        );
      }
      validateMs = performance.now() - started;
    }
    const summary = await importCatalog({ catalog, dbPath, inputHash });
    const entry: Sidecar = {
      size,
      shows,
      source,
      episodes: summary.episodes,
      chapters: summary.chapters,
      generateMs: Math.round(generateMs),
      validateMs: validateMs === null ? null : Math.round(validateMs),
      importMs: summary.elapsedMs,
      builtAt: new Date().toISOString(),
      inputHash,
    };
    writeFileSync(sidecarPath, `${JSON.stringify(entry, null, 2)}\n`);
    catalogs.push({ ...withoutHash(entry), dbPath, reused: false });
    log(
      `${label}: generated in ${entry.generateMs} ms, validated in ${entry.validateMs ?? "-"} ms, imported in ${entry.importMs} ms`,
    );
  }
  return catalogs;
}
