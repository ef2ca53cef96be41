import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Which lib/ folders each part of the code may import: data flows from the model (lib/catalog) through
// the build-time import (lib/ingest) into the database, and from there through the read layer (lib/db)
// to the pages. Every folder lists the folders below it, so no two folders can import each other and
// no chain of them can close a circle. `lib/env.ts` and the generated Prisma client are leaves.
const libFolders = ["catalog", "ingest", "db", "search", "site", "feeds", "env", "generated"];
const mayImport = {
  catalog: [],
  // Client-safe helpers: the list filter's type comes from the read layer, nothing that runs.
  site: ["catalog", { folder: "db", typesOnly: true }],
  db: ["catalog", "env", "generated"],
  search: ["catalog", "db", "env", "generated", "site"],
  feeds: ["catalog", "db", "env", "site", "search"],
  ingest: ["catalog", "env", "generated"],
};

const globs = (folder) => [`@/lib/${folder}`, `@/lib/${folder}/**`];
const nameOf = (entry) => (typeof entry === "string" ? entry : entry.folder);

/** no-restricted-imports patterns forbidding every lib/ folder but `self` and `allowed` (and `extra`). */
function restrictLib(self, allowed, message, extra = []) {
  const named = allowed.map(nameOf);
  const forbidden = libFolders.filter((folder) => folder !== self && !named.includes(folder));
  const typesOnly = allowed.filter((entry) => typeof entry !== "string").map(nameOf);
  return {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { group: [...forbidden.flatMap(globs), ...extra], message },
          ...typesOnly.map((folder) => ({
            group: globs(folder),
            allowTypeImports: true,
            message: `${message} (types only from lib/${folder})`,
          })),
          // Reaching out of a folder goes through "@/lib/…", so these rules see it.
          { group: ["../*", "../**"], message: "Import another folder as @/… so the layer rules apply." },
        ],
      },
    ],
  };
}

const layerRules = Object.entries(mayImport).map(([folder, allowed]) => ({
  files: [`lib/${folder}/**/*.{ts,tsx}`],
  rules: restrictLib(
    folder,
    allowed,
    `lib/${folder} may import only ${allowed.length ? allowed.map((entry) => `lib/${nameOf(entry)}`).join(", ") : "no other lib/ folder"} (see eslint.config.mjs).`,
    // Pages code never reaches build-time modules; the model and build time never reach pages code.
    folder === "ingest" || folder === "catalog" ? ["@/app/**", "@/components/**"] : [],
  ),
}));

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { dropped, ...rest } = row` is how a field is left out of an object.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
    },
  },
  ...layerRules,
  {
    // Routes and components run in the site: never the build-time import (Node-only, writes files).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/ingest", "@/lib/ingest/**"],
              message: "app/ and components/ never import lib/ingest (build time only).",
            },
          ],
        },
      ],
    },
  },
  {
    // The env file is a leaf: everything else reads the environment through it.
    files: ["lib/env.ts"],
    rules: restrictLib("env", [], "lib/env.ts imports no other lib/ module."),
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "next-env.d.ts",
    "lib/generated/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "bench/out/**",
  ]),
]);
