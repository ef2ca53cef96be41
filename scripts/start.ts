// What `npm start` runs: bring the catalog database up to date, rebuild the Next.js production build
// only when the code changed since the last build, then hand over to `next start`. A new catalog never
// needs a build: the server serves whatever catalog file it finds, and revalidates its cached pages
// when that is not the one the build prerendered from (instrumentation.ts).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describeImport, ensureCatalog, loadCatalogInputs } from "@/lib/ingest/ensure";
import { addFiles, listFiles, siteBuildInputs } from "@/lib/ingest/input-hash";
import { projectRoot } from "@/lib/ingest/sources";
import { catalogDbPath } from "@/lib/env";

const nextBin = path.join(projectRoot, "node_modules/.bin/next");
const stampPath = path.join(projectRoot, ".next/catalog-build-stamp");

function log(line: string) {
  process.stdout.write(`[start] ${line}\n`);
}

function buildStamp(): string {
  const hash = createHash("sha256");
  hash.update("episode-catalog build v2\0");
  addFiles(hash, projectRoot, listFiles(projectRoot, siteBuildInputs, ["lib/generated"]));
  return hash.digest("hex");
}

function readStamp(): string | null {
  if (!existsSync(stampPath) || !existsSync(path.join(projectRoot, ".next/BUILD_ID"))) return null;
  return readFileSync(stampPath, "utf8").trim();
}

const forwardedSignals = ["SIGINT", "SIGTERM"] as const;

/** Runs a command with inherited stdio, forwarding SIGINT/SIGTERM; resolves with its exit code. */
function runChild(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: "inherit" });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of forwardedSignals) process.on(signal, forward);
    child.on("error", (error) =>
      reject(new Error(`cannot run ${command}: ${error.message}`, { cause: error })),
    );
    child.on("exit", (code, signal) => {
      for (const name of forwardedSignals) process.off(name, forward);
      if (code !== null) resolve(code);
      else resolve(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
    });
  });
}

async function main(): Promise<number> {
  const loaded = loadCatalogInputs({});
  const outcome = await ensureCatalog(loaded, catalogDbPath, log);
  if (outcome.status === "rejected") {
    for (const line of describeImport(outcome, loaded.shownPaths)) process.stderr.write(`${line}\n`);
    return 1;
  }
  if (outcome.status === "up-to-date") log(`catalog is up to date`);
  else log(describeImport(outcome, loaded.shownPaths)[0]!);

  const stamp = buildStamp();
  if (readStamp() === stamp) {
    log("production build is current");
  } else {
    log("building the site (next build)");
    const code = await runChild(nextBin, ["build"]);
    if (code !== 0) {
      process.stderr.write(`[start] next build failed (exit ${code})\n`);
      return code;
    }
    mkdirSync(path.dirname(stampPath), { recursive: true });
    writeFileSync(stampPath, `${stamp}\n`);
  }

  const extraArgs = process.argv.slice(2);
  log(`next start ${extraArgs.join(" ")}`.trim());
  return runChild(nextBin, ["start", ...extraArgs]);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${message.replace(/\s*\n\s*/g, " ")}\n`);
    if (process.env.DEBUG) console.error(error);
    process.exit(2);
  },
);
