// lib/feeds/http.ts: every API answer carries the API's Cache-Control and an ETag of its body; a route
// wrapped in apiRoute answers a conditional request for an unchanged 200 with a bodiless 304, and its
// body reads one catalog from start to end.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { importCatalog } from "@/lib/ingest/store/import";
import { CACHE_CONTROL } from "@/lib/site/http-cache";
import { smallCatalog } from "@/tests/fixtures/catalog/small-catalog";

vi.mock("server-only", () => ({}));

const { apiBadRequest, apiJson, apiMovedTo, apiNotFound, apiRoute } = await import("@/lib/feeds/http");
const { openCatalogDb } = await import("@/lib/db/client");

const url = "https://episodes.example.com/api/shows";

const etagOf = (response: Response) => response.headers.get("ETag");

function get(headers: Record<string, string> = {}): Request {
  return new Request(url, { headers });
}

describe("apiJson", () => {
  it("answers JSON with the API's Cache-Control and a strong ETag", async () => {
    const response = apiJson({ total: 1, items: ["a"] });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json");
    expect(response.headers.get("Cache-Control")).toBe(CACHE_CONTROL);
    expect(etagOf(response)).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(await response.json()).toEqual({ total: 1, items: ["a"] });
  });

  it("gives the same body the same ETag, and another body another one", () => {
    const etag = etagOf(apiJson({ total: 1, items: ["a"] }));
    expect(etagOf(apiJson({ total: 1, items: ["a"] }))).toBe(etag);
    expect(etagOf(apiJson({ total: 2, items: ["a"] }))).not.toBe(etag);
    expect(etagOf(apiJson({ total: 1, items: ["b"] }))).not.toBe(etag);
    expect(etagOf(apiJson([]))).not.toBe(etagOf(apiJson({})));
  });

  it("keeps the status it is given", () => {
    expect(apiJson({ ok: false }, 503).status).toBe(503);
  });
});

describe("API errors and moves", () => {
  it("answers a bad parameter with a 400 naming it", async () => {
    const response = apiBadRequest({ parameter: "limit", message: "must be a whole number" });
    expect(response.status).toBe(400);
    expect(response.headers.get("Cache-Control")).toBe(CACHE_CONTROL);
    expect(await response.json()).toEqual({
      error: { parameter: "limit", message: "must be a whole number" },
    });
  });

  it("answers a missing resource with a 404 and a message", async () => {
    const response = apiNotFound('no show "x"');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { message: 'no show "x"' } });
  });

  it("moves a resource with a 308 that keeps the query and the API's Cache-Control", () => {
    const response = apiMovedTo("/api/shows/y", "https://episodes.example.com/api/shows/x?limit=5");
    expect(response.status).toBe(308);
    expect(response.headers.get("Location")).toBe("/api/shows/y?limit=5");
    expect(response.headers.get("Cache-Control")).toBe(CACHE_CONTROL);
  });
});

describe("apiRoute", () => {
  const body = { shows: [{ slug: "x" }] };
  const ok = apiRoute(async () => apiJson(body));
  const etag = etagOf(apiJson(body))!;

  async function expectNotModified(response: Response) {
    expect(response.status).toBe(304);
    expect(etagOf(response)).toBe(etag);
    expect(response.headers.get("Cache-Control")).toBe(CACHE_CONTROL);
    expect(response.body).toBeNull();
    expect(await response.text()).toBe("");
  }

  it("answers the body when the request has no ETag", async () => {
    const response = await ok(get(), undefined);
    expect(response.status).toBe(200);
    expect(etagOf(response)).toBe(etag);
    expect(await response.json()).toEqual(body);
  });

  it("answers 304 without a body when If-None-Match names the ETag", async () => {
    await expectNotModified(await ok(get({ "If-None-Match": etag }), undefined));
  });

  it("matches a weak tag, a tag in a list, and *", async () => {
    await expectNotModified(await ok(get({ "If-None-Match": `W/${etag}` }), undefined));
    await expectNotModified(await ok(get({ "If-None-Match": `"older", ${etag}` }), undefined));
    await expectNotModified(await ok(get({ "If-None-Match": `"older",W/${etag}` }), undefined));
    await expectNotModified(await ok(get({ "If-None-Match": "*" }), undefined));
  });

  it("answers the body when If-None-Match names other tags", async () => {
    for (const tag of [`"older"`, `W/"older"`, `"older", "oldest"`, etag.slice(1, -1), `"${etag}"`]) {
      const response = await ok(get({ "If-None-Match": tag }), undefined);
      expect(response.status, tag).toBe(200);
      expect(await response.json(), tag).toEqual(body);
    }
  });

  it("keeps the handler's own Cache-Control on the 304", async () => {
    const handler = apiRoute(async () => {
      const response = apiJson(body);
      response.headers.set("Cache-Control", "no-store");
      return response;
    });
    const response = await handler(get({ "If-None-Match": etag }), undefined);
    expect(response.status).toBe(304);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("leaves other statuses alone, whatever tag the request has", async () => {
    const missing = apiNotFound("no show");
    const notFound = apiRoute(async () => apiNotFound("no show"));
    const response = await notFound(get({ "If-None-Match": etagOf(missing)! }), undefined);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { message: "no show" } });

    const bad = apiRoute(async () => apiBadRequest({ parameter: "q", message: "too long" }));
    expect((await bad(get({ "If-None-Match": "*" }), undefined)).status).toBe(400);

    const moved = apiRoute(async (request: Request) => apiMovedTo("/api/shows/y", request.url));
    expect((await moved(get({ "If-None-Match": "*" }), undefined)).status).toBe(308);
  });

  it("leaves a 200 without an ETag alone", async () => {
    const plain = apiRoute(async () => new Response("hello", { status: 200 }));
    const response = await plain(get({ "If-None-Match": "*" }), undefined);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("hello");
  });

  it("passes the request and the context to the handler", async () => {
    const handler = vi.fn(async (request: Request, context: { params: Promise<{ show: string }> }) =>
      apiJson({ url: request.url, show: (await context.params).show }),
    );
    const response = await apiRoute(handler)(get(), { params: Promise.resolve({ show: "x" }) });
    expect(await response.json()).toEqual({ url, show: "x" });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("runs the handler against one catalog, even when an import lands in the middle", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "api-route-"));
    const dbPath = path.join(dir, "catalog.db");
    await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "first" });
    // The default request scope: withCatalog's, which apiRoute sets up.
    const catalog = openCatalogDb(dbPath, { checkIntervalMs: 0, graceMs: 60_000 });
    const versionOf = async () => {
      const [info] = await catalog.client().$queryRaw<
        { inputHash: string }[]
      >`SELECT "inputHash" FROM "CatalogInfo"`;
      return info?.inputHash;
    };
    try {
      const handler = apiRoute(async () => {
        const before = await versionOf();
        await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "second" });
        return apiJson({ before, after: await versionOf() });
      });
      expect(await (await handler(get(), undefined)).json()).toEqual({ before: "first", after: "first" });
      const next = apiRoute(async () => apiJson({ version: await versionOf() }));
      expect(await (await next(get(), undefined)).json()).toEqual({ version: "second" });
    } finally {
      await catalog.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
