// The benchmark's catalog files: bench/out/catalog-<n>.db, generated from the real catalog and imported
// with the real import. A file is reused while its stored input hash matches (generator version, size
// and the real catalog's own input hash, which covers the sources and the import/index code).
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

export type BenchCatalog = {
  size: number;
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

export function benchInputHash(realHash: string, size: number): string {
  return createHash("sha256")
    .update(`bench catalog v${GENERATOR_VERSION}\0${size}\0${realHash}`)
    .digest("hex");
}

/** ensureBenchCatalogs([1000]) -> [{ size: 1000, dbPath: ".../bench/out/catalog-1000.db", reused: true, … }] */
export async function ensureBenchCatalogs(
  sizes: number[],
  log: (line: string) => void,
): Promise<BenchCatalog[]> {
  mkdirSync(outDir, { recursive: true });
  const real = realCatalogLoader();
  const catalogs: BenchCatalog[] = [];
  for (const size of sizes) {
    const dbPath = path.join(outDir, `catalog-${size}.db`);
    const sidecarPath = path.join(outDir, `catalog-${size}.json`);
    const inputHash = benchInputHash(real.hash, size);
    if (readCatalogInfo(dbPath) === inputHash && existsSync(sidecarPath)) {
      const sidecar = JSON.parse(readFileSync(sidecarPath, "utf8")) as Sidecar;
      if (sidecar.inputHash === inputHash) {
        catalogs.push({ ...withoutHash(sidecar), dbPath, reused: true });
        log(`${size} episodes: ${path.relative(projectRoot, dbPath)} is current, reused`);
        continue;
      }
    }
    log(`${size} episodes: generating and importing…`);
    let started = performance.now();
    const catalog = generateCatalog(real.catalog(), size);
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
      `${size} episodes: generated in ${entry.generateMs} ms, validated in ${entry.validateMs ?? "-"} ms, imported in ${entry.importMs} ms`,
    );
  }
  return catalogs;
}
