"use client";
// The search form, enhanced. Without JavaScript it is a plain GET form to /search and the server renders
// the results (passed in as children). With it, results follow the typing (150 ms debounce) from
// /api/search, rendered by the same components; stale requests are aborted and the old results stay
// until new ones arrive. The arrow keys move focus from the box through the result links.
//
// History: while typing, the URL is kept current with replaceState (sharing and reload work). An entry
// is "kept" once the visitor submits, picks a filter, or pauses for a second; the next change after that
// pushes a new entry, so Back returns to the last search they settled on, not to every keystroke.
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import {
  apiSearchHref,
  MAX_QUERY_CHARS,
  normalizeQuery,
  parseSearchPageParams,
  searchHref,
  sortKeys,
  sortLabels,
  type SearchPageParams,
  type SearchState,
} from "@/lib/search/params";
import {
  describeOutcome,
  fromApiResult,
  toOutcomeView,
  type SearchApiResponse,
  type SearchOutcomeView,
  type TopicRef,
} from "@/lib/search/view";
import { SearchIcon } from "./search-icon";
import { SearchOutcome } from "./search-outcome";

const DEBOUNCE_MS = 150;
const SETTLE_MS = 1000;

type Props = {
  /** The state the server rendered `children` for. */
  initial: SearchPageParams;
  topics: TopicRef[];
  /** The server-rendered outcome, shown until the first live search. */
  children: ReactNode;
};

export function LiveSearch({ initial, topics, children }: Props) {
  const [form, setForm] = useState<SearchState>({ q: initial.q, topic: initial.topic, sort: initial.sort });
  const [view, setView] = useState<SearchOutcomeView | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [status, setStatus] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const timers = useRef<{ debounce?: number; settle?: number }>({});
  const request = useRef<AbortController | null>(null);
  // Whether the current history entry should be kept (see the header). A page opened with a query is.
  const kept = useRef(initial.q !== "");
  const topicNames = useMemo(() => new Map(topics.map((topic) => [topic.slug, topic.name])), [topics]);

  const search = useCallback(
    (state: SearchState, page: number, writeHistory: boolean) => {
      window.clearTimeout(timers.current.debounce);
      request.current?.abort();
      request.current = null;
      const clean: SearchState = { ...state, q: normalizeQuery(state.q).slice(0, MAX_QUERY_CHARS) };
      if (writeHistory) writeUrl(searchHref(clean, page), kept);
      if (!clean.q) {
        setView({ kind: "start" });
        setBusy(false);
        setStatus("");
        return;
      }
      const controller = new AbortController();
      request.current = controller;
      setBusy(true);
      fetch(apiSearchHref(clean, page), {
        signal: controller.signal,
        headers: { accept: "application/json" },
      })
        .then(async (response) => {
          if (!response.ok) throw new Error(`GET /api/search answered ${response.status}`);
          return (await response.json()) as SearchApiResponse;
        })
        .then((json) => {
          if (controller.signal.aborted) return;
          const topic = topics.find((candidate) => candidate.slug === clean.topic) ?? null;
          const results = json.results.map((result) => fromApiResult(result, topicNames));
          const outcome = toOutcomeView(json, results, { typed: clean.q, state: clean, topic });
          setView(outcome);
          setStatus(describeOutcome(outcome));
          setFailed(false);
          setBusy(false);
        })
        .catch(() => {
          if (controller.signal.aborted) return;
          // The form still works the plain way: submitting navigates to the server-rendered page.
          setFailed(true);
          setBusy(false);
          setStatus("Live results are not available: press Enter to search.");
        });
    },
    [topics, topicNames],
  );

  useEffect(() => {
    const timerBox = timers.current;
    // Back/forward between search entries, and a page restored with a URL ahead of its server render
    // (Back to an entry that replaceState moved on): show what the URL says.
    const followUrl = () => {
      if (window.location.pathname !== "/search") return;
      const params = parseSearchPageParams(Object.fromEntries(new URLSearchParams(window.location.search)));
      const state = { q: params.q, topic: params.topic, sort: params.sort };
      setForm(state);
      kept.current = true;
      search(state, params.page, false);
    };
    const opened = parseSearchPageParams(Object.fromEntries(new URLSearchParams(window.location.search)));
    if (
      opened.q !== initial.q ||
      opened.topic !== initial.topic ||
      opened.sort !== initial.sort ||
      opened.page !== initial.page
    ) {
      window.setTimeout(followUrl, 0);
    }
    window.addEventListener("popstate", followUrl);
    return () => {
      window.removeEventListener("popstate", followUrl);
      window.clearTimeout(timerBox.debounce);
      window.clearTimeout(timerBox.settle);
      request.current?.abort();
    };
  }, [search, initial.q, initial.topic, initial.sort, initial.page]);

  const onQueryChange = (q: string) => {
    const state = { ...form, q };
    setForm(state);
    window.clearTimeout(timers.current.debounce);
    window.clearTimeout(timers.current.settle);
    timers.current.debounce = window.setTimeout(() => search(state, 1, true), DEBOUNCE_MS);
    timers.current.settle = window.setTimeout(() => (kept.current = true), SETTLE_MS);
  };

  const onFilterChange = (state: SearchState) => {
    setForm(state);
    search(state, 1, true);
    kept.current = true;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (failed) return; // let the browser submit the form
    event.preventDefault();
    search(form, 1, true);
    kept.current = true;
  };

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
        onSubmit={onSubmit}
        className="rounded-2xl border border-border bg-surface-2/60 p-3 sm:p-4"
      >
        <label htmlFor="search-q" className="sr-only">
          Search episodes and chapters
        </label>
        <div className="flex gap-2">
          <div className="relative min-w-0 flex-1">
            <SearchIcon className="pointer-events-none absolute top-1/2 left-3.5 size-5 -translate-y-1/2 text-muted" />
            <input
              ref={inputRef}
              id="search-q"
              type="search"
              name="q"
              value={form.q}
              onChange={(event) => onQueryChange(event.target.value)}
              placeholder="Try tlb or io uring"
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="search"
              maxLength={MAX_QUERY_CHARS}
              autoFocus={initial.q === ""}
              aria-describedby="search-hint"
              aria-controls="search-results"
              data-search-input="page"
              className="h-11 w-full rounded-full border border-border bg-surface pr-10 pl-11 text-base placeholder:text-muted hover:border-accent/50 focus:border-accent focus-visible:rounded-full!"
            />
            <span
              aria-hidden="true"
              className={`pointer-events-none absolute top-1/2 right-3.5 size-4 -translate-y-1/2 animate-spin rounded-full border-2 border-border border-t-accent transition-opacity ${
                busy ? "opacity-100 delay-300" : "opacity-0"
              }`}
            />
          </div>
          <button
            type="submit"
            className="h-11 shrink-0 rounded-full bg-accent px-5 text-sm font-semibold text-on-accent hover:bg-accent-strong focus-visible:rounded-full!"
          >
            Search
          </button>
        </div>
        <p id="search-hint" className="sr-only">
          Results update as you type. Press the down arrow to move through them.
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
          <Select
            id="search-topic"
            label="Topic"
            name="topic"
            value={form.topic ?? ""}
            onChange={(value) => onFilterChange({ ...form, topic: value || null })}
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
            onChange={(value) =>
              onFilterChange({ ...form, sort: sortKeys.find((key) => key === value) ?? "relevance" })
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
        {view ? <SearchOutcome view={view} /> : children}
      </div>
    </div>
  );
}

function writeUrl(href: string, kept: { current: boolean }) {
  if (href === window.location.pathname + window.location.search) return;
  if (kept.current && new URLSearchParams(window.location.search).get("q")) {
    window.history.pushState(null, "", href);
    kept.current = false;
  } else {
    window.history.replaceState(null, "", href);
  }
}

type SelectProps = {
  id: string;
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
};

function Select({ id, label, name, value, onChange, options }: SelectProps) {
  return (
    <div className="flex min-w-0 items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium text-muted">
        {label}
      </label>
      <span className="relative min-w-0">
        <select
          id={id}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className="w-full max-w-60 appearance-none truncate rounded-full border border-border bg-surface py-1.5 pr-8 pl-3 text-sm font-medium hover:border-accent/60 focus-visible:rounded-full!"
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="pointer-events-none absolute top-1/2 right-2.5 size-3.5 -translate-y-1/2 text-muted"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="m4 6 4 4 4-4" />
        </svg>
      </span>
    </div>
  );
}
