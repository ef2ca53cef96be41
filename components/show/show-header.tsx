// The top of a show's first page, kept short so the episodes start on the first screen of a phone: the
// show's name (once: see Hero), its host, its description in a few lines and its links as pills. No
// counts: the list's own count line and the filters say how many episodes there are.
import { Hero } from "@/components/ui/hero";
import type { ShowSummary } from "@/lib/db/show";
import { summarize } from "@/lib/catalog/summary";
import { showLinkLabel } from "@/lib/site/show-links";

type Props = {
  show: ShowSummary;
  /** The site header names this show (a catalog of one show). */
  titleInHeader: boolean;
};

export function ShowHeader({ show, titleInHeader }: Props) {
  const summary = show.description ? summarize(show.description, 200) : null;
  return (
    <Hero title={show.name} titleInHeader={titleInHeader}>
      {show.author && (
        <p className={`text-sm text-muted ${titleInHeader ? "mt-1 sm:mt-0" : "mt-1"}`}>
          Hosted by <span className="font-medium text-foreground">{show.author}</span>
        </p>
      )}
      {summary && (
        <p className="mt-2 max-w-2xl text-base leading-relaxed text-pretty max-sm:line-clamp-3">{summary}</p>
      )}
      {show.links.length > 0 && (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="The show elsewhere">
          {show.links.map((link) => (
            <li key={link.url}>
              <a
                href={link.url}
                rel="noopener noreferrer nofollow"
                className="inline-flex items-center gap-1.5 rounded-full border border-border bg-surface px-3 py-1 text-sm font-medium hover:border-accent/60 hover:text-accent-strong"
              >
                {showLinkLabel(link)}
                <svg
                  aria-hidden="true"
                  viewBox="0 0 16 16"
                  className="size-3.5 text-muted"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.6"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                >
                  <path d="M6 3.5h6.5V10M12.5 3.5 4 12" />
                </svg>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Hero>
  );
}
