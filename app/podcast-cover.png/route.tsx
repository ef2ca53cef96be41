// GET /podcast-cover.png — the square show artwork the feed names in itunes:image, drawn at build time.
import { ImageResponse } from "next/og";
import { PodcastCover } from "@/components/ui/og-card";
import { getShow } from "@/lib/db/show";
import { siteName } from "@/lib/site/site-name";

export const dynamic = "force-static";

export async function GET() {
  const show = await getShow();
  return new ImageResponse(<PodcastCover showName={siteName(show)} />, {
    width: 1400,
    height: 1400,
  });
}
