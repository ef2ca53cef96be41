// Responses of the JSON API: one Cache-Control for all of them (the data changes only when the
// catalog is re-imported, which also rebuilds the site) and one error shape.
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
