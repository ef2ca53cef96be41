// A production server for the HTTP part of the benchmark: `next start` on a local port over one of the
// bench catalogs (DATABASE_URL is read at run time). It builds in a copy of the project
// (/tmp/bench-copy by default), so a build here never races one that someone runs in the project.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { addFiles, listFiles, siteBuildInputs } from "@/lib/ingest/input-hash";
import { projectRoot } from "@/lib/ingest/sources";

/**
 * The options of every script that builds in a copy: where the copy lives (--copy) and whether to use
 * its build as it is (--reuse-build).
 */
export const buildCopyOptions = {
  copy: { type: "string", default: "/tmp/bench-copy" },
  "reuse-build": { type: "boolean", default: false },
} as const;

/** The options of every script that measures a server: a running one (--url), else a build in the copy. */
export const targetOptions = { url: { type: "string" }, ...buildCopyOptions } as const;

/** What the production build depends on (as `npm start` sees it), plus the scripts and the catalog it prerenders. */
const buildInputPaths = [...siteBuildInputs, "package.json", "data/catalog.db"];

function buildStamp(): string {
  const hash = createHash("sha256");
  hash.update("bench build v1\0");
  addFiles(hash, projectRoot, listFiles(projectRoot, buildInputPaths, ["lib/generated"]));
  return hash.digest("hex");
}

export function run(
  command: string,
  args: string[],
  cwd: string,
  log: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
) {
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-15).join("\n");
    log(output);
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
  }
}

/**
 * prepareCopy("/tmp/bench-copy", log): the project's files (without node_modules, builds, bench output
 * and .git) in a fresh folder, node_modules hard-linked from the project. `from` copies another tree
 * (for example an export of an older commit) with the project's node_modules.
 */
export function prepareCopy(copyDir: string, log: (line: string) => void, from: string = projectRoot) {
  rmSync(copyDir, { recursive: true, force: true });
  mkdirSync(copyDir, { recursive: true });
  const excludes = ["node_modules", ".next", "bench/out", "test-results", "playwright-report", ".git"];
  run(
    "sh",
    [
      "-c",
      `tar -C "$0" ${excludes.map((entry) => `--exclude=./${entry}`).join(" ")} -cf - . | tar -C "$1" -xf -`,
      from,
      copyDir,
    ],
    projectRoot,
    log,
  );
  run(
    "cp",
    ["-al", path.join(projectRoot, "node_modules"), path.join(copyDir, "node_modules")],
    projectRoot,
    log,
  );
}

export type NextBuildResult = {
  ms: number;
  /** The build's last lines of output (stdout and stderr), for the pages it reports. */
  output: string;
};

/**
 * nextBuild("/tmp/bench-scale-copy", "/abs/bench/out/catalog-2000-1show.db", log) -> { ms: 93120, output }:
 * a cold `next build` in the copy (its .next removed first) prerendering from that catalog file. The
 * build runs in its own process group, which is killed when it takes longer than `timeoutMs` or when
 * `signal` aborts.
 */
export async function nextBuild(
  copyDir: string,
  dbPath: string,
  log: (line: string) => void,
  options: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<NextBuildResult> {
  rmSync(path.join(copyDir, ".next"), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(path.join(copyDir, "node_modules/.bin/next"), ["build"], {
    cwd: copyDir,
    env: { ...process.env, DATABASE_URL: `file:${dbPath}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-64_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let timedOut = false;
  const timer =
    options.timeoutMs === undefined
      ? null
      : setTimeout(() => {
          timedOut = true;
          if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        }, options.timeoutMs);
  // The caller stopping (Ctrl-C) stops the build's whole group too, not just its first process.
  const abort = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  };
  options.signal?.addEventListener("abort", abort);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (exitCode) => resolve(exitCode));
  }).finally(() => {
    if (timer) clearTimeout(timer);
    options.signal?.removeEventListener("abort", abort);
  });
  const ms = Math.round(performance.now() - started);
  if (timedOut) throw new Error(`next build took longer than ${options.timeoutMs} ms and was stopped`);
  if (code !== 0) {
    log(output.trim().split("\n").slice(-15).join("\n"));
    throw new Error(`next build failed (exit ${code})`);
  }
  return { ms, output };
}

/**
 * ensureBuild("/tmp/bench-copy", log) -> { rebuilt: false, buildMs: 0 } when the copy's build matches the
 * project's current files (or `reuse` is set); otherwise copies the project (node_modules hard-linked)
 * and runs next build there.
 */
export function ensureBuild(
  copyDir: string,
  log: (line: string) => void,
  options: { reuse?: boolean } = {},
): { rebuilt: boolean; buildMs: number } {
  if (!existsSync(path.join(projectRoot, "data/catalog.db"))) {
    throw new Error(
      "data/catalog.db is missing (the build prerenders from it): run npm run catalog -- import",
    );
  }
  const stamp = buildStamp();
  const stampPath = path.join(copyDir, ".bench-build-stamp");
  if (options.reuse && existsSync(path.join(copyDir, ".next/BUILD_ID"))) {
    log(`reusing the production build in ${copyDir} as it is (--reuse-build)`);
    return { rebuilt: false, buildMs: 0 };
  }
  if (
    existsSync(path.join(copyDir, ".next/BUILD_ID")) &&
    existsSync(stampPath) &&
    readFileSync(stampPath, "utf8").trim() === stamp
  ) {
    log(`production build in ${copyDir} is current`);
    return { rebuilt: false, buildMs: 0 };
  }
  const started = performance.now();
  log(`copying the project to ${copyDir} and running next build…`);
  prepareCopy(copyDir, log);
  // The copy's catalog is imported afresh from its sources, so a database left behind by an older
  // schema in the project cannot break the build; both steps use the copy's file, whatever the caller's
  // DATABASE_URL says.
  const env = { ...process.env, DATABASE_URL: `file:${path.join(copyDir, "data/catalog.db")}` };
  run(path.join(copyDir, "node_modules/.bin/tsx"), ["lib/ingest/cli.ts", "import"], copyDir, log, env);
  run(path.join(copyDir, "node_modules/.bin/next"), ["build"], copyDir, log, env);
  writeFileSync(stampPath, `${stamp}\n`);
  return { rebuilt: true, buildMs: Math.round(performance.now() - started) };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export type RunningServer = {
  base: string;
  /** The `next start` process, leader of its own process group (its workers are in that group). */
  pid: number | null;
  /** Why the server is gone, with the end of its stderr, or null while it runs (or when not ours). */
  exitReport: () => string | null;
  stop: () => Promise<void>;
};

/**
 * startServer(copyDir, "/abs/bench/out/catalog-1000.db") -> a `next start` answering on 127.0.0.1, on a
 * free port unless `port` is given, once `readyPath` answers 200 (a search, unless said otherwise). A
 * null `dbPath` starts an app that reads no catalog (bench/bare-next.ts).
 */
export async function startServer(
  copyDir: string,
  dbPath: string | null,
  options: { port?: number; readyPath?: string } = {},
): Promise<RunningServer> {
  const readyPath = options.readyPath ?? "/api/search?q=tlb";
  const port = options.port ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    path.join(copyDir, "node_modules/.bin/next"),
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: copyDir,
      env: {
        ...process.env,
        NODE_ENV: "production",
        ...(dbPath === null ? {} : { DATABASE_URL: `file:${dbPath}` }),
        PORT: String(port),
      },
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const exitReport = () =>
    child.exitCode === null && child.signalCode === null
      ? null
      : `next start exited (${child.exitCode ?? child.signalCode}): ${stderr.trim().split("\n").slice(-10).join("\n")}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      // The server runs in its own process group (detached), so this ends it and any worker it started.
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}): ${stderr.trim()}`);
    try {
      const response = await fetch(`${base}${readyPath}`);
      await response.arrayBuffer();
      if (response.ok) return { base, pid: child.pid ?? null, exitReport, stop };
      await stop();
      throw new Error(`GET ${readyPath} answered ${response.status}: ${stderr.trim()}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith(`GET ${readyPath}`)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await stop();
  throw new Error(`next start did not answer within 60 s: ${stderr.trim()}`);
}

/** A pooled connection the server had already closed (its keep-alive timeout passed while we were busy). */
function isStaleSocket(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return ["UND_ERR_SOCKET", "ECONNRESET", "EPIPE"].includes(cause?.code ?? "");
}

/** One search over HTTP, timed until the whole body has arrived; returns the reported total. */
export async function httpSearch(base: string, query: string): Promise<{ ms: number; total: number }> {
  const url = `${base}/api/search?${new URLSearchParams({ q: query, limit: "20" })}`;
  for (let attempt = 1; ; attempt += 1) {
    const started = performance.now();
    try {
      const response = await fetch(url);
      const body = (await response.json()) as { total?: number };
      const ms = performance.now() - started;
      if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
      return { ms, total: body.total ?? 0 };
    } catch (error) {
      // Only the retry is timed: the failed attempt measured the dead socket, not the search.
      if (attempt < 3 && isStaleSocket(error)) continue;
      throw error;
    }
  }
}

export type BenchTarget = RunningServer & {
  /** The production build's .next folder when this run started the server, else the one given (or null). */
  buildDir: string | null;
  /** "url" when measuring a server someone else runs; "started" when this run built and started one. */
  source: "url" | "started";
  build: { rebuilt: boolean; buildMs: number } | null;
};

/**
 * resolveTarget({ url: "http://127.0.0.1:3000" }) -> that server, left running at the end;
 * resolveTarget({ copy: "/tmp/bench-copy" }) -> builds the project in the copy when stale and starts
 * `next start` over the copy's data/catalog.db (the real catalog the build prerendered from).
 */
export async function resolveTarget(
  options: { url?: string; buildDir?: string; copy: string; reuseBuild?: boolean },
  log: (line: string) => void,
): Promise<BenchTarget> {
  if (options.url) {
    const base = options.url.replace(/\/$/, "");
    const response = await fetch(`${base}/favicon.svg`).catch((error: unknown) => {
      throw new Error(`no server answers at ${base}`, { cause: error });
    });
    await response.arrayBuffer();
    return {
      base,
      pid: null,
      exitReport: () => null,
      stop: async () => {},
      buildDir: options.buildDir ?? null,
      source: "url",
      build: null,
    };
  }
  const build = ensureBuild(options.copy, log, { reuse: options.reuseBuild });
  if (build.rebuilt) log(`next build took ${(build.buildMs / 1000).toFixed(1)} s`);
  const server = await startServer(options.copy, path.join(options.copy, "data/catalog.db"));
  log(`next start answering at ${server.base}`);
  return { ...server, buildDir: path.join(options.copy, ".next"), source: "started", build };
}
