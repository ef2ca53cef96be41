// POST /api/revalidate: the server's own catalog watcher (instrumentation.ts) calls it when a new
// catalog file was renamed into place. It switches the database client to the new file and expires
// every cached page and route (the root layout's path tag covers them all), so the next request of
// any URL renders from the new catalog. Only this process knows the token; anyone else gets a 403.
import { timingSafeEqual } from "node:crypto";
import { revalidatePath } from "next/cache";
import { catalogDb } from "@/lib/db/client";
import { REVALIDATE_HEADER, revalidateToken } from "@/lib/db/catalog-watch";

function authorized(request: Request): boolean {
  const given = Buffer.from(request.headers.get(REVALIDATE_HEADER) ?? "");
  const expected = Buffer.from(revalidateToken());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function POST(request: Request) {
  if (!authorized(request)) return new Response("Forbidden", { status: 403 });
  const switched = catalogDb.refresh();
  revalidatePath("/", "layout");
  return Response.json({ switched }, { headers: { "Cache-Control": "no-store" } });
}
