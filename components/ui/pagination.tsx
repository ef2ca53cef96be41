// Page links under a list (the episode list, a topic, search results): previous/next plus page numbers,
// with gaps on long ranges. Plain links that keep the current filters, so paging works without
// JavaScript. Plain <a>, not next/link: a later page is a query view that the server rewrites to a
// page of its own and caches (lib/site/views.ts), but the client router takes a query on a prerendered
// path for that same page and would show page 1 again; a document load of a cached page is as quick.
import type { Route } from "next";
import { Chevron } from "./icons";

type Props = {
  page: number;
  pageCount: number;
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

export function Pagination({ page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) return null;
  const linkClass = `${itemClass} text-foreground hover:bg-surface-2`;
  const disabledClass = `${itemClass} cursor-default text-muted`;
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-center gap-1 sm:gap-2">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className={`${linkClass} gap-1`}>
          <Chevron direction="left" className="size-4" />
          <span className="max-sm:sr-only">Previous</span>
        </a>
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
              <a
                href={hrefFor(item)}
                aria-current={item === page ? "page" : undefined}
                aria-label={`Page ${item}`}
                className={item === page ? `${itemClass} bg-foreground text-background` : linkClass}
              >
                {item}
              </a>
            </li>
          ),
        )}
      </ol>
      {page < pageCount ? (
        <a href={hrefFor(page + 1)} rel="next" className={`${linkClass} gap-1`}>
          <span className="max-sm:sr-only">Next</span>
          <Chevron direction="right" className="size-4" />
        </a>
      ) : (
        <span aria-disabled="true" className={`${disabledClass} gap-1`}>
          <span className="max-sm:sr-only">Next</span>
          <Chevron direction="right" className="size-4" />
        </span>
      )}
    </nav>
  );
}
