// The site's Open Graph card (home page and any page without its own), drawn at build time.
import { ImageResponse } from "next/og";
import { OgSiteCard, ogSize } from "@/components/ui/og-card";
import { countEpisodes } from "@/lib/db/episodes";
import { listShowRefs } from "@/lib/db/show";
import { catalogName } from "@/lib/site/site-name";

export const alt = "The site’s name and how many shows and episodes the catalog holds";
export const size = ogSize;
export const contentType = "image/png";

export default async function Image() {
  const [shows, counts] = await Promise.all([listShowRefs(), countEpisodes()]);
  const facts = [
    ...(shows.length > 1 ? [`${shows.length} shows`] : []),
    `${counts.all} episodes`,
    `${counts.withChapters} with chapters`,
    `${counts.withVideo} with video`,
  ].join(" · ");
  return new ImageResponse(<OgSiteCard showName={catalogName(shows)} facts={facts} />, size);
}
