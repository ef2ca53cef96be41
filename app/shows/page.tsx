import type { Metadata } from "next";
import { ShowGrid } from "@/components/show/show-card";
import { listShows } from "@/lib/db/show";
import { showsPath } from "@/lib/site/routes";

// Prerendered at build time, like every page that depends only on the catalog.
export const metadata: Metadata = {
  title: "Shows",
  description: "Every show in the catalog, with its host, its episodes and its newest one.",
  alternates: { canonical: showsPath },
};

export default async function Page() {
  const shows = await listShows();
  return (
    <>
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Shows</h1>
        <p className="mt-3 text-base text-muted sm:text-lg">
          {shows.length === 1 ? "1 show" : `${shows.length} shows`}, each with its episodes, chapters and
          feed.
        </p>
      </header>
      <div className="mt-8">
        {shows.length > 0 ? (
          <ShowGrid shows={shows} />
        ) : (
          <p className="rounded-2xl border border-dashed border-border bg-surface px-6 py-14 text-center text-lg font-semibold">
            The catalog has no shows yet
          </p>
        )}
      </div>
    </>
  );
}
