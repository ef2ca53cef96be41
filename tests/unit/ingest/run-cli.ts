// Runs the catalog CLI (lib/ingest/cli.ts) as a user would, in a child process from the project root,
// and snapshots folders, for the tests that check what the CLI writes, prints and exits with.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "../../..");
const tsx = path.join(projectRoot, "node_modules/.bin/tsx");

export type CliResult = { code: number; stdout: string; stderr: string };

/** runCli("import", "--db", "/tmp/x.db") -> its exit code and output (DEBUG unset, so output is the user's). */
export function runCli(...args: string[]): Promise<CliResult> {
  const env = { ...process.env };
  delete env.DEBUG;
  return new Promise((resolve) => {
    execFile(
      tsx,
      ["lib/ingest/cli.ts", ...args],
      { cwd: projectRoot, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

/** Every file under a folder with its bytes (as latin1 text): to prove a folder is exactly as before. */
export function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files[path.relative(folder, full)] = readFileSync(full, "latin1");
    }
  }
  return files;
}
