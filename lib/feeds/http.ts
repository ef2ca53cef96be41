// Responses of the JSON API: one Cache-Control for all of them (the data changes only when the
// catalog is re-imported, which also rebuilds the site) and one error shape.
import { movedPermanently } from "@/lib/site/redirect";
import type { ParamError } from "./api-params";

export const API_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";

/** apiJson({ total: 1 }) -> 200 application/json with the API's Cache-Control. */
export function apiJson(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { "Cache-Control": API_CACHE_CONTROL } });
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
  return movedPermanently(path, requestUrl, { "Cache-Control": API_CACHE_CONTROL });
}
