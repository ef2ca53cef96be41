// bench/results.json: one key per benchmark (search, pages, load, lighthouse, scale, deploy), each
// holding that script's latest output with its date, commit and machine. Every script rewrites only
// its own key.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { projectRoot } from "@/lib/ingest/sources";
import { round2 } from "./stats";

export type BenchKey = "search" | "pages" | "load" | "lighthouse" | "scale" | "deploy";

const resultsPath = path.join(projectRoot, "bench/results.json");

/** Where and when a run happened: the stamp every key in results.json starts with. */
export function runStamp() {
  let commit = "unknown";
  let dirty = false;
  try {
    commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: projectRoot, encoding: "utf8" }).trim();
    dirty =
      execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], {
        cwd: projectRoot,
        encoding: "utf8",
      }).trim() !== "";
  } catch {
    // Not a git checkout (a copied tree): the commit stays "unknown".
  }
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    commit,
    /** Tracked files differed from the commit when the run started. */
    dirty,
    machine: {
      cpus: cpus.length,
      model: cpus[0]?.model ?? "unknown",
      memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
      node: process.version,
      loadAverage: os.loadavg().map(round2),
    },
  };
}

/** The file as a map of keys; a file from before the keys (the search bench's whole output) becomes `search`. */
function readResults(): Record<string, unknown> {
  if (!existsSync(resultsPath)) return {};
  const parsed: unknown = JSON.parse(readFileSync(resultsPath, "utf8"));
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
  const record = parsed as Record<string, unknown>;
  if ("sizes" in record && "results" in record) return { search: record };
  return record;
}

/** Read-modify-write of one key; the other benchmarks' entries stay as they are. Formatted as the
 * project's Prettier config wants it, so `prettier --check .` stays clean. */
export async function writeResults(key: BenchKey, value: unknown): Promise<void> {
  const results = readResults();
  results[key] = value;
  const ordered: Record<string, unknown> = {};
  for (const name of ["search", "pages", "load", "lighthouse", "scale", "deploy"] satisfies BenchKey[]) {
    if (name in results) ordered[name] = results[name];
  }
  for (const [name, entry] of Object.entries(results)) if (!(name in ordered)) ordered[name] = entry;
  const temporary = `${resultsPath}.${process.pid}.tmp`;
  const options = (await resolveConfig(resultsPath)) ?? {};
  writeFileSync(temporary, await format(JSON.stringify(ordered), { ...options, filepath: resultsPath }));
  renameSync(temporary, resultsPath);
}
