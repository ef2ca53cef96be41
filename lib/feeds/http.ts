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

/**
 * 308 to where a resource moved, with the request's query string kept. The Location is a path: clients
 * resolve it against the address they asked, whatever host or proxy that went through.
 * apiMovedTo("/api/shows/s/episodes/e", "?x=1") -> 308 Location: /api/shows/s/episodes/e?x=1
 */
export function apiMovedTo(path: string, search = ""): Response {
  return new Response(null, {
    status: 308,
    headers: { Location: `${path}${search}`, "Cache-Control": API_CACHE_CONTROL },
  });
}
