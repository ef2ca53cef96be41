// Responses of the JSON API: one caching policy for all of them (lib/site/http-cache.ts, as for pages),
// an ETag on each so a conditional request costs a 304, one error shape, and one catalog per request.
import { createHash } from "node:crypto";
import { withCatalog } from "@/lib/db/client";
import { CACHE_CONTROL } from "@/lib/site/http-cache";
import { movedPermanently } from "@/lib/site/redirect";
import type { ParamError } from "./api-params";

/** apiJson({ total: 1 }) -> 200 application/json with the API's Cache-Control and an ETag of the body. */
export function apiJson(data: unknown, status = 200): Response {
  const body = JSON.stringify(data);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  return new Response(body, {
    status,
    headers: { "Content-Type": "application/json", "Cache-Control": CACHE_CONTROL, ETag: etag },
  });
}

/** 400 { "error": { "parameter": "limit", "message": "…" } } */
export function apiBadRequest(error: ParamError): Response {
  return apiJson({ error }, 400);
}

/** 404 { "error": { "message": "…" } } */
export function apiNotFound(message: string): Response {
  return apiJson({ error: { message } }, 404);
}

/** 308 to where a resource of the API moved (lib/site/redirect.ts), with the API's Cache-Control. */
export function apiMovedTo(path: string, requestUrl: string): Response {
  return movedPermanently(path, requestUrl, { "Cache-Control": CACHE_CONTROL });
}

/** True when an If-None-Match header names this ETag (or is "*"). */
function matches(ifNoneMatch: string | null, etag: string | null): boolean {
  if (!ifNoneMatch || !etag) return false;
  const strong = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || strong(tag) === strong(etag));
}

/**
 * An API route handler: its body reads one catalog from start to end (lib/db/client.ts withCatalog),
 * and a 200 whose ETag the request already has becomes a 304 without a body.
 * export const GET = apiRoute(async (request) => apiJson(…))
 */
export function apiRoute<Req extends Request, Context>(
  handler: (request: Req, context: Context) => Promise<Response>,
): (request: Req, context: Context) => Promise<Response> {
  return async (request, context) => {
    const response = await withCatalog(() => handler(request, context));
    const etag = response.headers.get("ETag");
    if (response.status !== 200 || !matches(request.headers.get("If-None-Match"), etag)) return response;
    return new Response(null, {
      status: 304,
      headers: { ETag: etag!, "Cache-Control": response.headers.get("Cache-Control") ?? CACHE_CONTROL },
    });
  };
}
