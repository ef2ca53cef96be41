// Runs once when the server starts (next start, next dev; not during next build): watches the catalog
// file so that an import while the server runs, or one made since the build, is served at once
// (lib/db/catalog-watch.ts says how).
export async function register() {
  // Next's own switch (a literal, so the edge bundle leaves the Node-only watcher out).
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { catalogBuiltFrom, catalogDbPath, isNextBuild, serverPort } = await import("@/lib/env");
  if (isNextBuild) return;
  const { REVALIDATE_HEADER, revalidateToken, watchCatalog } = await import("@/lib/db/catalog-watch");
  const token = revalidateToken();
  watchCatalog({
    filePath: catalogDbPath,
    builtFrom: catalogBuiltFrom,
    revalidate: async () => {
      const port = serverPort();
      if (!port) throw new Error("the server does not listen yet");
      const response = await fetch(`http://127.0.0.1:${port}/api/revalidate`, {
        method: "POST",
        headers: { [REVALIDATE_HEADER]: token },
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`POST /api/revalidate answered ${response.status}`);
    },
    log: (line) => console.log(`[catalog] ${line}`),
  });
}
