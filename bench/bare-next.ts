// The "bare Next page" of npm run lighthouse: a Next.js app of one page (a heading and a paragraph, the
// words of bench/baseline.html) and the root layout Next requires, nothing else: no data, no client
// component, no CSS. Built with the project's own next/react (node_modules hard-linked) in a temporary
// folder, so its figures say what the framework alone costs on this machine in the same run.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "@/lib/ingest/sources";
import { run, startServer } from "./server";

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
  const server = await startServer(dir, null, { readyPath: "/" });
  return {
    base: server.base,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
