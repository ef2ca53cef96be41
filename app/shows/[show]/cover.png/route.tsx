// GET /shows/<show>/cover.png: square artwork drawn from the show's name, the image of its feed when
// the show has no artwork of its own; drawn at build time for the first shows, for any other on its
// first request, then cached until the next import.
import { ImageResponse } from "next/og";
import { PodcastCover } from "@/components/ui/og-card";
import { listPrerenderedShows } from "@/lib/db/prerender";
import { getShowBySlug } from "@/lib/db/show";

export const dynamic = "force-static";

export function generateStaticParams() {
  return listPrerenderedShows();
}

export async function GET(_request: Request, context: { params: Promise<{ show: string }> }) {
  const show = await getShowBySlug((await context.params).show);
  if (!show) return new Response("Not Found", { status: 404 });
  return new ImageResponse(<PodcastCover showName={show.name} />, { width: 1400, height: 1400 });
}
