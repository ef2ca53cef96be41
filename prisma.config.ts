// Prisma CLI config. `engine: "js"` runs migrations through the WebAssembly schema engine over the
// better-sqlite3 adapter, so the CLI needs no native engine download (none is reachable here).
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { catalogDbPath } from "./lib/env";

// The schema's datasource still names DATABASE_URL. Without it set, the CLI cannot read the generator
// settings (engineType "client") and falls back to downloading a native query engine; give it the
// default lib/env.ts applies. The CLI's update check would call out to the network: turn it off.
process.env.DATABASE_URL ??= `file:${catalogDbPath}`;
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url: `file:${catalogDbPath}` }),
});
