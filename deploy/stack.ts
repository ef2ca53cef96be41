// The local deployment recipe as code: N `next start` replicas of one production build, each in its
// own folder with its own .next and its own copy of the catalog file (as on separate hosts), and
// Debian's nginx in front as the cache they share. Used by deploy/run.ts (npm run deploy:local) and
// bench/deploy.ts. Not a process manager: it starts everything in the caller's foreground and stops it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { projectRoot } from "@/lib/ingest/sources";
import { ensureBuild, startServer, type RunningServer } from "@/bench/server";

export const defaultRuntimeDir = "/tmp/episode-catalog-deploy";
export const templatePath = path.join(projectRoot, "deploy/nginx.conf.template");

export type NginxSettings = {
  /** Absolute folder for pid, logs, temp files and the cache. */
  runtime: string;
  /** What `listen` gets: "8080" or "127.0.0.1:8080". */
  listen: string;
  /** host:port of every replica. */
  upstreams: string[];
  /** proxy_cache_path max_size, e.g. "2g". */
  cacheMaxSize?: string;
};

/**
 * renderNginxConfig(template, { runtime: "/tmp/d", listen: "127.0.0.1:8080", upstreams: ["127.0.0.1:3101"] })
 * -> the template with {{runtime}}, {{listen}}, {{cache_max_size}} and {{upstreams}} (one `server` line
 * per replica) filled in. Throws when a placeholder is left or a value could break the file.
 */
export function renderNginxConfig(template: string, settings: NginxSettings): string {
  if (!path.isAbsolute(settings.runtime) || /[\s;{}'"$]/.test(settings.runtime)) {
    throw new Error(
      `the runtime folder must be an absolute path without spaces or ;{}'"$: ${settings.runtime}`,
    );
  }
  if (!/^(?:[\w.-]+:|\[[0-9a-f:]+\]:)?\d{1,5}$/i.test(settings.listen)) {
    throw new Error(`listen must be a port or host:port, not "${settings.listen}"`);
  }
  if (settings.upstreams.length === 0) throw new Error("at least one replica is needed");
  for (const upstream of settings.upstreams) {
    if (!/^[\w.-]+:\d{1,5}$/.test(upstream))
      throw new Error(`a replica must be host:port, not "${upstream}"`);
  }
  const cacheMaxSize = settings.cacheMaxSize ?? "2g";
  if (!/^\d+[kmg]?$/i.test(cacheMaxSize))
    throw new Error(`cache size must look like 2g, not "${cacheMaxSize}"`);
  const filled = template
    .replaceAll("{{runtime}}", settings.runtime.replace(/\/+$/, ""))
    .replaceAll("{{listen}}", settings.listen)
    .replaceAll("{{cache_max_size}}", cacheMaxSize)
    .replaceAll(
      "{{upstreams}}",
      settings.upstreams
        .map((upstream) => `        server ${upstream} max_fails=3 fail_timeout=5s;`)
        .join("\n"),
    );
  const left = /\{\{(\w+)\}\}/.exec(filled);
  if (left) throw new Error(`nginx template: no value for {{${left[1]}}}`);
  return filled;
}

/** The nginx binary, or an Error that says how to install it. */
export function findNginx(): string {
  for (const candidate of ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"]) {
    if (existsSync(candidate)) return candidate;
  }
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  const found = which.stdout.trim();
  if (which.status === 0 && found) return found;
  throw new Error(
    "nginx is not installed: on Debian or Ubuntu run `apt-get install -y nginx` (as root), then retry",
  );
}

/**
 * prepareReplica("/tmp/bench-copy", "/tmp/episode-catalog-deploy/replica-1"): a folder `next start` can
 * run in, with every entry of the build's folder linked except .next, which is copied (without the build
 * cache) so each replica writes its own rendered pages and never reads another's half-written file.
 */
export function prepareReplica(buildDir: string, replicaDir: string) {
  rmSync(replicaDir, { recursive: true, force: true });
  mkdirSync(replicaDir, { recursive: true });
  for (const entry of readdirSync(buildDir)) {
    // .next is copied below; catalog.db is the replica's own file (the caller copies it in).
    if (entry === ".next" || entry === "catalog.db") continue;
    symlinkSync(path.join(buildDir, entry), path.join(replicaDir, entry));
  }
  const source = path.join(buildDir, ".next");
  cpSync(source, path.join(replicaDir, ".next"), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (file) => file !== path.join(source, "cache"),
  });
}

export type RunningNginx = {
  base: string;
  pid: number | null;
  /** Settles when nginx has exited, whether stopped or not. */
  exited: Promise<void>;
  stop: () => Promise<void>;
};

/** Writes the config into the runtime folder, checks it with `nginx -t`, runs nginx in the foreground. */
export async function startNginx(
  settings: NginxSettings,
  log: (line: string) => void,
  options: { healthPath?: string } = {},
): Promise<RunningNginx> {
  const nginx = findNginx();
  const { runtime } = settings;
  for (const folder of ["logs", "temp", "cache"]) mkdirSync(path.join(runtime, folder), { recursive: true });
  const configPath = path.join(runtime, "nginx.conf");
  writeFileSync(configPath, renderNginxConfig(readFileSync(templatePath, "utf8"), settings));
  const args = ["-p", runtime, "-c", configPath, "-e", path.join(runtime, "logs/error.log")];
  const test = spawnSync(nginx, [...args, "-t", "-q"], { encoding: "utf8" });
  if (test.status !== 0) {
    throw new Error(`nginx -t rejected ${configPath}:\n${`${test.stdout}${test.stderr}`.trim()}`);
  }
  const child: ChildProcess = spawn(nginx, args, { stdio: ["ignore", "ignore", "pipe"], detached: true });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      // SIGQUIT: finish the requests in flight, then exit; the whole group (master and workers).
      process.kill(-child.pid, "SIGQUIT");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGKILL");
    }
  };
  const host = settings.listen.includes(":") ? settings.listen.replace(/:\d+$/, "") : "127.0.0.1";
  const port = settings.listen.replace(/^.*:/, "");
  const base = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr.trim()}`);
    try {
      const response = await fetch(base + (options.healthPath ?? "/favicon.svg"));
      await response.arrayBuffer();
      if (response.ok) {
        log(`nginx answering at ${base} (config ${configPath})`);
        return { base, pid: child.pid ?? null, exited, stop };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`nginx did not answer at ${base} within 15 s: ${stderr.trim()}`);
}

export type Replica = RunningServer & {
  /** The replica's folder and the catalog file it reads (DATABASE_URL) and watches. */
  dir: string;
  catalogPath: string;
};

export type Stack = {
  nginx: RunningNginx;
  replicas: Replica[];
  runtime: string;
  stop: () => Promise<void>;
};

/**
 * startStack({ buildDir: "/tmp/bench-copy", catalog: "/tmp/bench-copy/data/catalog.db", replicas: 2,
 * listen: "127.0.0.1:8080" }) -> nginx on :8080 over two `next start` replicas, each reading its own
 * copy of `catalog` (<runtime>/replica-<n>/catalog.db). The cache starts empty (a fresh cache folder),
 * so no page of an earlier run is served.
 */
export async function startStack(
  options: {
    buildDir: string;
    /** The catalog every replica starts with; copied, never opened by a replica itself. */
    catalog: string;
    replicas: number;
    listen: string;
    runtime?: string;
    replicaPorts?: number[];
    cacheMaxSize?: string;
  },
  log: (line: string) => void,
): Promise<Stack> {
  const runtime = options.runtime ?? defaultRuntimeDir;
  findNginx();
  rmSync(path.join(runtime, "cache"), { recursive: true, force: true });
  const replicas: Replica[] = [];
  const stopReplicas = async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
  };
  try {
    for (let index = 0; index < options.replicas; index += 1) {
      const dir = path.join(runtime, `replica-${index + 1}`);
      prepareReplica(options.buildDir, dir);
      const catalogPath = path.join(dir, "catalog.db");
      copyFileSync(options.catalog, catalogPath);
      const server = await startServer(dir, catalogPath, { port: options.replicaPorts?.[index] });
      replicas.push({ ...server, dir, catalogPath });
      log(`replica ${index + 1}: next start at ${server.base} over ${catalogPath}`);
    }
    const nginx = await startNginx(
      {
        runtime,
        listen: options.listen,
        upstreams: replicas.map((replica) => new URL(replica.base).host),
        cacheMaxSize: options.cacheMaxSize,
      },
      log,
    );
    return {
      nginx,
      replicas,
      runtime,
      stop: async () => {
        await nginx.stop();
        await stopReplicas();
      },
    };
  } catch (error) {
    await stopReplicas();
    throw error;
  }
}

/**
 * What `npm run deploy:local` and `npm run bench:deploy` do first: stop at once, with the install
 * command, when nginx is missing (before a build of a minute), bring the build in `copy` up to date, and
 * start the stack over `catalog` (default: the catalog the build prerendered from, `copy`/data/catalog.db).
 */
export async function buildAndStartStack(
  options: {
    copy: string;
    reuseBuild: boolean;
    runtime: string;
    catalog?: string;
    replicas: number;
    listen: string;
  },
  log: (line: string) => void,
): Promise<Stack> {
  try {
    findNginx();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
  const build = ensureBuild(options.copy, log, { reuse: options.reuseBuild });
  if (build.rebuilt) log(`next build took ${(build.buildMs / 1000).toFixed(1)} s`);
  const runtime = path.resolve(options.runtime);
  mkdirSync(runtime, { recursive: true });
  // Each replica reads its own copy of this file, as replicas on separate hosts would.
  const catalog = path.resolve(options.catalog ?? path.join(options.copy, "data/catalog.db"));
  return startStack(
    { buildDir: options.copy, catalog, replicas: options.replicas, listen: options.listen, runtime },
    log,
  );
}
