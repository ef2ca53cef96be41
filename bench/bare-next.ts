// The "bare Next page" of npm run lighthouse: a Next.js app of one page (a heading and a paragraph, the
// words of bench/baseline.html) and the root layout Next requires, nothing else: no data, no client
// component, no CSS. Built with the project's own next/react (node_modules hard-linked) in a temporary
// folder, so its figures say what the framework alone costs on this machine in the same run.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "@/lib/ingest/sources";
import { freePort, run } from "./server";

const files: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bare-next", private: true, type: "module" }),
  "app/layout.jsx": `export const metadata = {
  title: "Benchmark baseline",
  description: "A Next.js page with no data and no client code: the framework's floor.",
};
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.jsx": `export default function Page() {
  return (
    <main>
      <h1>Benchmark baseline</h1>
      <p>
        This page is a bare Next.js page. npm run lighthouse measures it in the same run as the site's
        pages, so their scores can be read against what the framework alone gives.
      </p>
    </main>
  );
}
`,
};

/** Builds the bare app and serves it with `next start` on a free port until stop(). */
export async function serveBareNext(
  log: (line: string) => void,
): Promise<{ base: string; stop: () => Promise<void> }> {
  const dir = path.join(os.tmpdir(), "episode-catalog-bare-next");
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  run("cp", ["-al", path.join(projectRoot, "node_modules"), path.join(dir, "node_modules")], dir, log);
  log("building the bare Next page…");
  const next = path.join(dir, "node_modules/.bin/next");
  run(next, ["build"], dir, log, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(next, ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: "ignore",
    detached: true,
  });
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(base);
      await response.arrayBuffer();
      if (response.ok) return { base, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error("the bare Next page did not answer within 60 s");
}
