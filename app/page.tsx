import { EpisodeList } from "@/components/episode-list";
import { getShow, listEpisodes } from "@/lib/catalog/queries";

export default async function HomePage() {
  const [show, episodes] = await Promise.all([getShow(), listEpisodes()]);
  return (
    <>
      <h1 className="text-2xl font-bold">{show?.name ?? "Episodes"}</h1>
      <p className="mt-1 mb-6 text-muted">{episodes.length} episodes</p>
      <EpisodeList episodes={episodes} />
    </>
  );
}
