"use client";
// The search form, enhanced. Without JavaScript it is a plain GET form to /search and the server renders
// the results (passed in as children). With it, results follow the typing (useLiveSearch), rendered by
// the same components, and the arrow keys move focus from the box through the result links.
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { Select } from "@/components/ui/select";
import type { ShowRef, TopicLink } from "@/lib/db/shapes";
import { sortKeys, sortLabels, type SearchPageParams } from "@/lib/search/params";
import { SearchField } from "./search-field";
import { SearchOutcome } from "./search-outcome";
import { useLiveSearch } from "./use-live-search";

type Props = {
  /** The state the server rendered `children` for. */
  initial: SearchPageParams;
  topics: TopicLink[];
  /** Every show of the catalog: the show filter is offered only when there are several. */
  shows: ShowRef[];
  /** The server-rendered outcome, shown until the first live search. */
  children: ReactNode;
};

export function LiveSearch({ initial, topics, shows, children }: Props) {
  const { form, view, busy, failed, status, changeQuery, changeFilters, submit } = useLiveSearch(
    initial,
    topics,
    shows,
  );
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp" && event.key !== "Escape") return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const input = inputRef.current;
    const links = [
      ...(resultsRef.current?.querySelectorAll<HTMLAnchorElement>("a[data-search-result]") ?? []),
    ];
    if (event.target === input) {
      if (event.key === "ArrowDown" && links[0]) {
        event.preventDefault();
        links[0].focus();
      }
      return;
    }
    const index = links.indexOf(event.target as HTMLAnchorElement);
    if (index === -1) return;
    event.preventDefault();
    const next = event.key === "Escape" ? -1 : index + (event.key === "ArrowDown" ? 1 : -1);
    if (next < 0) input?.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  };

  return (
    <div onKeyDown={onKeyDown}>
      <form
        action="/search"
        role="search"
        aria-label="Search episodes"
        onSubmit={submit}
        className="rounded-2xl border border-border bg-surface-2/60 p-3 sm:p-4"
      >
        <label htmlFor="search-q" className="sr-only">
          Search episodes and chapters
        </label>
        <SearchField
          input={{
            ref: inputRef,
            id: "search-q",
            value: form.q,
            onChange: (event) => changeQuery(event.target.value),
            autoFocus: initial.q === "",
            "aria-describedby": "search-hint",
            "aria-controls": "search-results",
            "data-search-input": "page",
          }}
          after={
            <span
              aria-hidden="true"
              className={`pointer-events-none absolute top-1/2 right-3.5 size-4 -translate-y-1/2 animate-spin rounded-full border-2 border-border border-t-accent transition-opacity ${
                busy ? "opacity-100 delay-300" : "opacity-0"
              }`}
            />
          }
        />
        <p id="search-hint" className="sr-only">
          Results update as you type. Press the down arrow to move through them.
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
          {shows.length > 1 && (
            <Select
              id="search-show"
              label="Show"
              name="show"
              value={form.show ?? ""}
              onChange={(event) => changeFilters({ ...form, show: event.target.value || null })}
              options={[
                { value: "", label: "All shows" },
                ...shows.map((show) => ({ value: show.slug, label: show.name })),
              ]}
            />
          )}
          <Select
            id="search-topic"
            label="Topic"
            name="topic"
            value={form.topic ?? ""}
            onChange={(event) => changeFilters({ ...form, topic: event.target.value || null })}
            options={[
              { value: "", label: "All topics" },
              ...topics.map((t) => ({ value: t.slug, label: t.name })),
            ]}
          />
          <Select
            id="search-sort"
            label="Sort"
            name="sort"
            value={form.sort}
            onChange={(event) =>
              changeFilters({
                ...form,
                sort: sortKeys.find((key) => key === event.target.value) ?? "relevance",
              })
            }
            options={sortKeys.map((key) => ({ value: key, label: sortLabels[key] }))}
          />
        </div>
      </form>

      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
      {failed && (
        <p className="mt-3 text-sm text-muted">
          Live results are not available right now: press Enter to search.
        </p>
      )}
      <div ref={resultsRef} id="search-results" aria-busy={busy} className="mt-6">
        {view ? <SearchOutcome view={view} namesShow={shows.length > 1} /> : children}
      </div>
    </div>
  );
}
