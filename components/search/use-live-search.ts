// The live search's state, requests and history, apart from what it draws (components/search/live-search.tsx).
// Results follow the typing (150 ms debounce) from /api/search; stale requests are aborted and the old
// results stay until new ones arrive. On failure the form falls back to a plain submit.
//
// History: while typing, the URL is kept current with replaceState (sharing and reload work). An entry
// is "kept" once the visitor submits, picks a filter, or pauses for a second; the next change after that
// pushes a new entry, so Back returns to the last search they settled on, not to every keystroke.
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import type { ShowRef, TopicLink } from "@/lib/db/shapes";
import {
  apiSearchHref,
  knownShow,
  knownTopic,
  MAX_QUERY_CHARS,
  normalizeQuery,
  parseSearchPageParams,
  searchHref,
  type SearchPageParams,
  type SearchState,
} from "@/lib/search/params";
import {
  describeOutcome,
  fromApiResult,
  toOutcomeView,
  type SearchApiResponse,
  type SearchOutcomeView,
} from "@/lib/search/view";

const DEBOUNCE_MS = 150;
const SETTLE_MS = 1000;

export type LiveSearch = {
  /** What the form shows. */
  form: SearchState;
  /** The latest live outcome; null until the first live search (the server's render stands). */
  view: SearchOutcomeView | null;
  busy: boolean;
  /** The last request failed: submitting navigates the plain way. */
  failed: boolean;
  /** What the live region announces. */
  status: string;
  changeQuery(q: string): void;
  changeFilters(state: SearchState): void;
  submit(event: FormEvent<HTMLFormElement>): void;
};

/** The URL's search, read as the page reads it (junk and unknown topics and shows dropped). */
function paramsOfUrl(topics: readonly TopicLink[], shows: readonly ShowRef[]): SearchPageParams {
  return knownShow(
    knownTopic(
      parseSearchPageParams(Object.fromEntries(new URLSearchParams(window.location.search))),
      topics,
    ),
    shows,
  );
}

export function useLiveSearch(
  initial: SearchPageParams,
  topics: readonly TopicLink[],
  shows: readonly ShowRef[],
): LiveSearch {
  const [form, setForm] = useState<SearchState>({
    q: initial.q,
    topic: initial.topic,
    show: initial.show,
    sort: initial.sort,
  });
  const [view, setView] = useState<SearchOutcomeView | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [status, setStatus] = useState("");
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
          const show = shows.find((candidate) => candidate.slug === clean.show) ?? null;
          const results = json.results.map((result) => fromApiResult(result, topicNames));
          const outcome = toOutcomeView(json, results, { typed: clean.q, state: clean, topic, show });
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
    [topics, shows, topicNames],
  );

  useEffect(() => {
    const timerBox = timers.current;
    // Back/forward between search entries, and a page restored with a URL ahead of its server render
    // (Back to an entry that replaceState moved on): show what the URL says.
    const followUrl = () => {
      if (window.location.pathname !== "/search") return;
      const params = paramsOfUrl(topics, shows);
      const state = { q: params.q, topic: params.topic, show: params.show, sort: params.sort };
      setForm(state);
      kept.current = true;
      search(state, params.page, false);
    };
    const opened = paramsOfUrl(topics, shows);
    if (
      opened.q !== initial.q ||
      opened.topic !== initial.topic ||
      opened.show !== initial.show ||
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
  }, [search, topics, shows, initial.q, initial.topic, initial.show, initial.sort, initial.page]);

  return {
    form,
    view,
    busy,
    failed,
    status,
    changeQuery(q) {
      const state = { ...form, q };
      setForm(state);
      window.clearTimeout(timers.current.debounce);
      window.clearTimeout(timers.current.settle);
      timers.current.debounce = window.setTimeout(() => search(state, 1, true), DEBOUNCE_MS);
      timers.current.settle = window.setTimeout(() => (kept.current = true), SETTLE_MS);
    },
    changeFilters(state) {
      setForm(state);
      search(state, 1, true);
      kept.current = true;
    },
    submit(event) {
      if (failed) return; // let the browser submit the form
      event.preventDefault();
      search(form, 1, true);
      kept.current = true;
    },
  };
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
