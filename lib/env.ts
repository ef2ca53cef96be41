// The process environment, parsed once with zod. Import values from here: no `process.env.X` elsewhere.
// Used by the site, the catalog CLI and prisma.config.ts alike, so it must not import "server-only".
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const envSchema = z.object({
  /** SQLite location as a `file:` URL; a relative path is taken from the project root (the cwd of npm scripts). */
  DATABASE_URL: z
    .string()
    .trim()
    .startsWith("file:", { error: 'must be a SQLite "file:" URL, e.g. file:./data/catalog.db' })
    .default("file:./data/catalog.db"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Public origin of the site, for canonical URLs, Open Graph and feeds. */
  SITE_URL: z
    .url({ error: "must be an absolute URL such as https://episodes.example.com" })
    .default("http://localhost:3000"),
});

function parseEnv(source: NodeJS.ProcessEnv): z.infer<typeof envSchema> {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variable ${problems.join("; ")}`, { cause: result.error });
  }
  return result.data;
}

/** "file:./data/catalog.db" -> "/abs/project/data/catalog.db"; also accepts "file:/abs" and "file:///abs". */
export function sqliteFilePath(url: string, root: string): string {
  const withoutQuery = url.replace(/\?.*$/, "");
  const filePath = withoutQuery.startsWith("file://")
    ? fileURLToPath(withoutQuery)
    : withoutQuery.slice("file:".length);
  return path.resolve(root, filePath);
}

const env = parseEnv(process.env);

export const nodeEnv = env.NODE_ENV;
/** The site's public origin without a trailing slash, e.g. "http://localhost:3000". */
export const siteUrl = env.SITE_URL.replace(/\/+$/, "");
/** Absolute path of the catalog SQLite file. */
export const catalogDbPath = sqliteFilePath(env.DATABASE_URL, process.cwd());

/** The port `next start` / `next dev` listens on, set by Next once it listens (read when asked). */
export function serverPort(): string | undefined {
  return process.env.PORT;
}

/** True while `next build` runs (Next sets NEXT_PHASE in the build and its prerender workers). */
export const isNextBuild = process.env.NEXT_PHASE === "phase-production-build";

/**
 * The input hash of the catalog the production build prerendered from: next.config.ts puts it in
 * `env`, so Next writes the value into the server bundle at build time ("" when there was none).
 */
export const catalogBuiltFrom: string | null = process.env.CATALOG_BUILT_FROM || null;
