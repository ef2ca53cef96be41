// Page links under a list (the episode list, a topic, search results): previous/next plus page numbers,
// with gaps on long ranges. Links that keep the current filters, so paging works without JavaScript.
// A later page is a query view the server rewrites to a page of its own and caches (lib/site/views.ts);
// the client router does not see that rewrite, so with viewLinks a click goes to the view's own path
// (ViewLink) and the page puts the pretty address back: the layout's player keeps playing.
import type { Route } from "next";
import { Chevron } from "./icons";
import { ViewLink } from "./view-link";

type Props = {
  page: number;
  pageCount: number;
  /** Pages are query views (lib/site/views.ts) followed by the client router, keeping the player. */
  viewLinks?: boolean;
  /** The link to a page, filters and anchor included. */
  hrefFor: (page: number) => Route;
};

/** pageItems(5, 10) -> [1, "gap", 4, 5, 6, "gap", 10] */
export function pageItems(page: number, pageCount: number): (number | "gap")[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1]);
  const pages = [...wanted].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const items: (number | "gap")[] = [];
  pages.forEach((n, index) => {
    const previous = pages[index - 1];
    if (previous !== undefined && n - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) items.push("gap");
    items.push(n);
  });
  return items;
}

const itemClass =
  "inline-flex h-10 min-w-10 items-center justify-center rounded-full px-3 text-sm font-medium tabular-nums";

export function Pagination({ page, pageCount, hrefFor, viewLinks = false }: Props) {
  if (pageCount <= 1) return null;
  // Views the client router can follow (ViewLink), or plain links (the search page runs its own).
  const PageLink = viewLinks ? ViewLink : "a";
  const linkClass = `${itemClass} text-foreground hover:bg-surface-2`;
  const disabledClass = `${itemClass} cursor-default text-muted`;
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-center gap-1 sm:gap-2">
      {page > 1 ? (
        <PageLink href={hrefFor(page - 1)} rel="prev" className={`${linkClass} gap-1`}>
          <Chevron direction="left" className="size-4" />
          <span className="max-sm:sr-only">Previous</span>
        </PageLink>
      ) : (
        <span aria-disabled="true" className={`${disabledClass} gap-1`}>
          <Chevron direction="left" className="size-4" />
          <span className="max-sm:sr-only">Previous</span>
        </span>
      )}
      <ol className="flex items-center gap-1">
        {pageItems(page, pageCount).map((item, index) =>
          item === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={item}>
              <PageLink
                href={hrefFor(item)}
                aria-current={item === page ? "page" : undefined}
                aria-label={`Page ${item}`}
                className={item === page ? `${itemClass} bg-foreground text-background` : linkClass}
              >
                {item}
              </PageLink>
            </li>
          ),
        )}
      </ol>
      {page < pageCount ? (
        <PageLink href={hrefFor(page + 1)} rel="next" className={`${linkClass} gap-1`}>
          <span className="max-sm:sr-only">Next</span>
          <Chevron direction="right" className="size-4" />
        </PageLink>
      ) : (
        <span aria-disabled="true" className={`${disabledClass} gap-1`}>
          <span className="max-sm:sr-only">Next</span>
          <Chevron direction="right" className="size-4" />
        </span>
      )}
    </nav>
  );
}
