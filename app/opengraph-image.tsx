// The site's Open Graph card (home page and any page without its own), drawn at build time.
import { ImageResponse } from "next/og";
import { OgSiteCard, ogSize } from "@/components/ui/og-card";
import { countEpisodes } from "@/lib/db/episodes";
import { getShow } from "@/lib/db/show";
import { siteName } from "@/lib/site/site-name";

export const alt = "The show’s name and how many episodes the catalog holds";
export const size = ogSize;
export const contentType = "image/png";

export default async function Image() {
  const [show, counts] = await Promise.all([getShow(), countEpisodes()]);
  const facts = `${counts.all} episodes · ${counts.withChapters} with chapters · ${counts.withVideo} with video`;
  return new ImageResponse(<OgSiteCard showName={siteName(show)} facts={facts} />, size);
}
