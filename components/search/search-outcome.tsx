// Everything under the search form: the start state, the count and spelling notes, the results, the
// empty state and paging. Plain components: the server page renders them first, the live search island
// renders them again from /api/search as the visitor types.
import Link from "next/link";
import type { ReactNode } from "react";
import { searchHref } from "@/lib/search/params";
import { countEpisodes, shownQuery, type SearchOutcomeView } from "@/lib/search/view";
import { Pagination } from "@/components/ui/pagination";
import { SearchResult } from "./search-result";

type ResultsView = Extract<SearchOutcomeView, { kind: "results" }>;

export const exampleQueries = ["tlb", "postgres locks", "io uring", "http/2"];

const chipClass =
  "inline-flex rounded-full border border-border bg-surface px-3 py-1.5 text-sm font-medium hover:border-accent/60 hover:bg-accent-soft hover:text-accent-strong focus-visible:rounded-full!";
const noteClass = "rounded-xl border border-border bg-surface-2 px-4 py-3 text-sm";
const inlineLinkClass = "font-semibold text-accent underline-offset-4 hover:underline";

type Props = {
  view: SearchOutcomeView;
  /** The catalog has several shows: each result names its own. */
  namesShow: boolean;
};

export function SearchOutcome({ view, namesShow }: Props) {
  if (view.kind === "start") return <StartState />;
  if (view.results.length === 0) return <NoResults view={view} />;
  return (
    <>
      <Summary view={view} />
      <ol className="mt-5 flex flex-col gap-4">
        {view.results.map((result) => (
          <li key={`${result.show.slug}/${result.slug}`}>
            <SearchResult result={result} namesShow={namesShow} />
          </li>
        ))}
      </ol>
      <Pagination
        page={view.page}
        pageCount={view.pageCount}
        hrefFor={(page) => searchHref(view.state, page)}
      />
    </>
  );
}

function Quoted({ children }: { children: ReactNode }) {
  return (
    <>
      “<span className="font-semibold text-foreground">{children}</span>”
    </>
  );
}

function Summary({ view }: { view: ResultsView }) {
  return (
    <div className="space-y-2">
      <p className="text-muted" data-testid="search-count">
        <span className="font-semibold text-foreground">{countEpisodes(view.total)}</span> for{" "}
        <Quoted>{shownQuery(view)}</Quoted>
        {view.topic && <> in {view.topic.name}</>}
        {view.show && <> from {view.show.name}</>}
        {view.pageCount > 1 && (
          <>
            {" "}
            · page {view.page} of {view.pageCount}
          </>
        )}
      </p>
      <SpellingNote view={view} />
    </div>
  );
}

function SpellingNote({ view }: { view: ResultsView }) {
  return (
    <>
      {view.corrected && (
        <p className={noteClass} data-testid="search-correction">
          Showing results for <Quoted>{view.query}</Quoted> — no results for “{view.typed}”
        </p>
      )}
      {view.match === "any" && (
        <p className={noteClass} data-testid="search-any-words">
          No episode has every word of <Quoted>{view.query}</Quoted>: these have some of them.
        </p>
      )}
    </>
  );
}

function Examples() {
  return (
    <ul className="mt-3 flex flex-wrap gap-2">
      {exampleQueries.map((example) => (
        <li key={example}>
          <Link href={searchHref({ q: example })} className={chipClass}>
            {example}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function StartState() {
  return (
    <div className="rounded-2xl border border-border bg-surface p-6 sm:p-8">
      <h2 className="text-lg font-semibold tracking-tight">Search every episode and chapter</h2>
      <p className="mt-1 max-w-prose text-muted">
        Titles, chapter titles and descriptions are searched; chapter results jump straight to that moment of
        the episode.
      </p>
      <p className="mt-5 text-sm font-medium text-muted">Try</p>
      <Examples />
      <ul className="mt-6 space-y-1 text-sm text-muted">
        <li>
          Put a phrase in quotes: <span className="font-mono text-foreground">&quot;page fault&quot;</span>
        </li>
        <li className="max-sm:hidden">
          Press <kbd className="rounded border border-border px-1.5 font-mono text-foreground">/</kbd> on any
          page to search, and{" "}
          <kbd className="rounded border border-border px-1 font-mono text-foreground">↓</kbd> to move through
          the results.
        </li>
      </ul>
    </div>
  );
}

function NoResults({ view }: { view: ResultsView }) {
  return (
    <div className="rounded-2xl border border-dashed border-border bg-surface p-6 sm:p-8">
      <h2 className="text-lg font-semibold tracking-tight" data-testid="search-count">
        No episodes match “{view.typed}”{view.topic && <> in {view.topic.name}</>}
        {view.show && <> from {view.show.name}</>}
      </h2>
      <ul className="mt-4 list-disc space-y-1 pl-5 text-sm text-muted marker:text-border">
        <li>Check the spelling, or use fewer or more general words.</li>
        {view.topic && (
          <li>
            <Link href={searchHref({ ...view.state, topic: null })} className={inlineLinkClass}>
              Search all topics
            </Link>{" "}
            instead of {view.topic.name} only.
          </li>
        )}
        {view.show && (
          <li>
            <Link href={searchHref({ ...view.state, show: null })} className={inlineLinkClass}>
              Search all shows
            </Link>{" "}
            instead of {view.show.name} only.
          </li>
        )}
        <li>Words match their beginnings: “postg” finds PostgreSQL.</li>
      </ul>
      <p className="mt-5 text-sm font-medium text-muted">Or try</p>
      <Examples />
    </div>
  );
}
