// Every 404: an unknown episode, show or topic (their pages call notFound()) and any address no route
// has. Next renders this with every page, before it knows whether it is needed, so it reads nothing of
// the request (headers() here would make every page dynamic): the episodes closest to the address are
// looked up by a small island from the address bar. The search form and the links work without it.
import type { Metadata } from "next";
import Link from "next/link";
import { ClosestEpisodes } from "@/components/search/closest-episodes";
import { SearchField } from "@/components/search/search-field";
import { listShowRefs } from "@/lib/db/show";
import { homePath, searchPath, topicsPath } from "@/lib/site/routes";

export const metadata: Metadata = { title: "Page not found" };

const linkClass = "font-semibold text-accent underline-offset-4 hover:underline";

export default async function NotFound() {
  // The layout has read the shows for this request already (cached): no query of its own.
  const namesShow = (await listShowRefs()).length > 1;
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm font-semibold tracking-wide text-accent-strong uppercase">Error 404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">Page not found</h1>
      <p className="mt-3 text-base leading-relaxed text-pretty text-muted sm:text-lg">
        Nothing lives at this address: the link may have a typo, or the page may have moved. Search for it, or
        browse{" "}
        <Link href={homePath} className={linkClass}>
          all episodes
        </Link>{" "}
        or{" "}
        <Link href={topicsPath} className={linkClass}>
          the topics
        </Link>
        .
      </p>

      <form
        action={searchPath}
        role="search"
        aria-label="Search the catalog"
        className="mt-6 rounded-2xl border border-border bg-surface-2/60 p-3 sm:p-4"
      >
        <label htmlFor="not-found-q" className="mb-2 block text-sm font-medium">
          Search episodes and chapters
        </label>
        <SearchField input={{ id: "not-found-q" }} />
      </form>

      <ClosestEpisodes namesShow={namesShow} />
    </div>
  );
}
