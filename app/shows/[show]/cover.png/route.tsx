// GET /shows/<show>/cover.png: square artwork drawn from the show's name, the image of its feed when
// the show has no artwork of its own; drawn at build time for every show.
import { ImageResponse } from "next/og";
import { PodcastCover } from "@/components/ui/og-card";
import { getShowBySlug, listShowRefs } from "@/lib/db/show";

export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ show: string }[]> {
  return (await listShowRefs()).map((show) => ({ show: show.slug }));
}

export async function GET(_request: Request, context: { params: Promise<{ show: string }> }) {
  const show = await getShowBySlug((await context.params).show);
  if (!show) return new Response("Not Found", { status: 404 });
  return new ImageResponse(<PodcastCover showName={show.name} />, { width: 1400, height: 1400 });
}
