// GET /api/closest?path=/shows/x/postgres-lokcs -> { "query": "postgres lokcs", "episodes": [{ show,
// slug, title, url }] }: up to 5 episodes whose titles are closest to an address that does not exist
// (lib/search/closest.ts), best first, none when nothing is close. The 404 page asks for its own
// address: Next renders that page with every page, so it cannot read the request itself.
import type { NextRequest } from "next/server";
import { apiJson, apiRoute } from "@/lib/feeds/http";
import { searchClosestEpisodes } from "@/lib/search/closest";

export const dynamic = "force-dynamic";

// Any text is a safe path (only its words are looked for, at most 8); a missing one finds nothing.
export const GET = apiRoute(async (request: NextRequest) =>
  apiJson(await searchClosestEpisodes(request.nextUrl.searchParams.get("path") ?? "")),
);
