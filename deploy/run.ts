// npm run deploy:local: the deployment recipe of deploy/README.md, running on this machine. Builds the
// site once in a copy (bench/server.ts; rebuilt only when the project changed), starts N `next start`
// replicas over one catalog file and nginx in front of them as their shared cache, prints the URLs,
// and stops everything on Ctrl-C.
// Usage: npm run deploy:local -- [--replicas 2] [--port 8080] [--host 127.0.0.1]
//        [--catalog FILE] [--runtime /tmp/episode-catalog-deploy] [--copy /tmp/bench-copy] [--reuse-build]
// --catalog is the catalog the replicas start with (default: the one the build prerendered from); each
// replica gets its own copy in <runtime>/replica-<n>/catalog.db.
import path from "node:path";
import { parseArgs } from "node:util";
import { buildCopyOptions } from "@/bench/server";
import { buildAndStartStack, defaultRuntimeDir } from "./stack";

const { values } = parseArgs({
  options: {
    replicas: { type: "string", default: "2" },
    port: { type: "string", default: "8080" },
    host: { type: "string", default: "127.0.0.1" },
    catalog: { type: "string" },
    runtime: { type: "string", default: defaultRuntimeDir },
    ...buildCopyOptions,
  },
});
const replicas = Number(values.replicas);
if (!Number.isInteger(replicas) || replicas < 1) throw new Error("--replicas takes a positive integer");
const log = (line: string) => process.stdout.write(`[deploy] ${line}\n`);

async function main() {
  const runtime = path.resolve(values.runtime);
  const stack = await buildAndStartStack(
    {
      copy: values.copy,
      reuseBuild: values["reuse-build"],
      runtime,
      catalog: values.catalog,
      replicas,
      listen: `${values.host}:${values.port}`,
    },
    log,
  );
  console.log("");
  console.log(`  site (through the cache)  ${stack.nginx.base}/`);
  stack.replicas.forEach((replica, index) =>
    console.log(`  replica ${index + 1} (no cache)     ${replica.base}/  over ${replica.catalogPath}`),
  );
  console.log(`  nginx config and logs     ${runtime}/nginx.conf, ${runtime}/logs/`);
  console.log("");
  console.log("  Publish a new catalog: import it once, then per replica copy it next to the replica's");
  console.log("  file and rename it over that file (each replica notices its own file change):");
  console.log(`    npm run catalog -- import --db ${runtime}/new.db`);
  for (const replica of stack.replicas) {
    console.log(
      `    cp ${runtime}/new.db ${replica.catalogPath}.next && mv ${replica.catalogPath}.next ${replica.catalogPath}`,
    );
  }
  console.log("  Ctrl-C stops nginx and the replicas.");

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping nginx and the replicas…`);
    await stack.stop();
    process.exit(0);
  };
  process.on("SIGINT", (signal) => void shutdown(signal));
  process.on("SIGTERM", (signal) => void shutdown(signal));
  void stack.nginx.exited.then(async () => {
    if (stopping) return;
    stopping = true;
    log(`nginx exited on its own (see ${runtime}/logs/error.log): stopping the replicas`);
    await stack.stop();
    process.exit(1);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
