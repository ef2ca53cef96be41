// The folder rules of eslint.config.mjs, checked on snippets linted as if they were files in each
// folder: what a folder may import passes, what breaks the flow of data fails.
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

const use = (specifier: string, typeOnly = false) =>
  `import ${typeOnly ? "type " : ""}{ x } from "${specifier}";\nexport const y: unknown = x;\n`;

describe("import boundaries", { timeout: 60_000 }, () => {
  it("keeps app/ and components/ away from lib/ingest", async () => {
    expect(await restrictedImports("app/probe-page.tsx", use("@/lib/ingest/build"))).toHaveLength(1);
    expect(await restrictedImports("components/probe.tsx", use("@/lib/ingest/text"))).toHaveLength(1);
    expect(await restrictedImports("components/probe.tsx", use("@/lib/db/episodes"))).toEqual([]);
  });

  it("lets lib/catalog import no other lib/ folder", async () => {
    expect(await restrictedImports("lib/catalog/probe.ts", use("@/lib/site/format"))).toHaveLength(1);
    expect(await restrictedImports("lib/catalog/probe.ts", use("@/lib/ingest/merge"))).toHaveLength(1);
    expect(await restrictedImports("lib/catalog/probe.ts", use("@/lib/env"))).toHaveLength(1);
    expect(await restrictedImports("lib/catalog/probe.ts", use("./schema"))).toEqual([]);
  });

  it("refuses both directions of every pair, so folders cannot import in a circle", async () => {
    // ingest -> catalog is the flow; catalog -> ingest would close a circle.
    expect(await restrictedImports("lib/ingest/probe.ts", use("@/lib/catalog/schema"))).toEqual([]);
    // The read layer and search: search reads through lib/db, never the other way round.
    expect(await restrictedImports("lib/search/probe.ts", use("@/lib/db/client"))).toEqual([]);
    expect(await restrictedImports("lib/db/probe.ts", use("@/lib/search/search"))).toHaveLength(1);
    // Build time and run time: neither imports the other.
    expect(await restrictedImports("lib/ingest/probe.ts", use("@/lib/db/client"))).toHaveLength(1);
    expect(await restrictedImports("lib/db/probe.ts", use("@/lib/ingest/build"))).toHaveLength(1);
    expect(await restrictedImports("lib/ingest/probe.ts", use("@/lib/search/search"))).toHaveLength(1);
  });

  it("lets client-safe lib/site take types, and only types, from the read layer", async () => {
    expect(await restrictedImports("lib/site/probe.ts", use("@/lib/db/shapes", true))).toEqual([]);
    expect(await restrictedImports("lib/site/probe.ts", use("@/lib/db/shapes"))).toHaveLength(1);
  });

  it("makes a folder reach another through @/, where the rules see it", async () => {
    expect(await restrictedImports("lib/catalog/probe.ts", use("../ingest/build"))).toHaveLength(1);
  });
});
