// One show in the list of shows (/shows, and the catalog's home page): its name, host, description in a
// few lines, how many episodes it has and its newest one. The name's link covers the card (CardLink);
// the newest episode's link sits above that overlay (relative z-10), so it stays its own target.
import Link from "next/link";
import { CardLink } from "@/components/ui/card-link";
import type { ShowListItem } from "@/lib/db/show";
import { summarize } from "@/lib/catalog/summary";
import { formatDate, isoDate } from "@/lib/site/format";
import { episodePath, showPath } from "@/lib/site/routes";

export function ShowCard({ show, headingLevel = 2 }: { show: ShowListItem; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const summary = show.description ? summarize(show.description, 220) : null;
  return (
    <article className="group card">
      <Heading className="text-xl leading-snug font-bold tracking-tight text-pretty">
        <CardLink href={showPath(show.slug)}>{show.name}</CardLink>
      </Heading>
      {show.author && (
        <p className="mt-1 text-sm text-muted">
          Hosted by <span className="font-medium text-foreground">{show.author}</span>
        </p>
      )}
      {summary && <p className="mt-3 text-base leading-relaxed text-pretty">{summary}</p>}

      <div className="relative z-10 mt-auto grid w-fit gap-1 pt-5 text-sm">
        <p className="font-semibold tabular-nums">
          {show.episodeCount === 1 ? "1 episode" : `${show.episodeCount} episodes`}
        </p>
        {show.latest && (
          <p>
            <span className="text-muted">Latest: </span>
            <Link
              href={episodePath(show.slug, show.latest.slug)}
              className="font-medium underline decoration-accent/40 underline-offset-4 hover:text-accent-strong"
            >
              {show.latest.title}
            </Link>
            {show.latest.publishedAt && (
              <>
                <span aria-hidden="true" className="text-muted">
                  {" · "}
                </span>
                <time
                  dateTime={isoDate(show.latest.publishedAt, show.latest.publishedPrecision)}
                  className="text-muted"
                >
                  {formatDate(show.latest.publishedAt, show.latest.publishedPrecision)}
                </time>
              </>
            )}
          </p>
        )}
      </div>
    </article>
  );
}

/** The shows as a grid of cards. */
export function ShowGrid({ shows, headingLevel = 2 }: { shows: ShowListItem[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {shows.map((show) => (
        <li key={show.slug}>
          <ShowCard show={show} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
