// The /search page for one URL state: its params (junk, unknown topics and shows dropped), the
// outcome of the search, and the live search island around it. app/search (no query: the start view)
// and app/search/%5Fview/[query] (a query, rewritten there by proxy.ts) both render it.
import type { Metadata } from "next";
import { LiveSearch } from "@/components/search/live-search";
import { SearchOutcome } from "@/components/search/search-outcome";
import { listShowRefs } from "@/lib/db/show";
import { listTopics } from "@/lib/db/topics";
import { searchCatalog } from "@/lib/search/search";
import {
  knownShow,
  knownTopic,
  parseSearchPageParams,
  SEARCH_PAGE_SIZE,
  searchHref,
} from "@/lib/search/params";
import { toOutcomeView, toResultView, type SearchOutcomeView } from "@/lib/search/view";
import type { RawValue } from "@/lib/site/url-params";

const TITLE_QUERY_CHARS = 60;

type RawParams = Record<string, RawValue>;

/** The page's params, junk and unknown topics and shows dropped, and the topics and shows the filters offer. */
async function readParams(raw: RawParams) {
  const [topicRows, showRows] = await Promise.all([listTopics(), listShowRefs()]);
  const topics = topicRows.map(({ slug, name }) => ({ slug, name }));
  const shows = showRows.map(({ slug, name }) => ({ slug, name }));
  const params = knownShow(knownTopic(parseSearchPageParams(raw), topics), shows);
  return { params, topics, shows };
}

export async function searchPageMetadata(raw: RawParams): Promise<Metadata> {
  const { params } = await readParams(raw);
  const { q } = params;
  const shown = q.length > TITLE_QUERY_CHARS ? `${q.slice(0, TITLE_QUERY_CHARS)}…` : q;
  return {
    title: shown ? `Search: ${shown}` : "Search",
    robots: { index: false },
    alternates: { canonical: searchHref(params, params.page) },
  };
}

export async function SearchPage({ raw }: { raw: RawParams }) {
  const { params, topics, shows } = await readParams(raw);
  const topic = topics.find((candidate) => candidate.slug === params.topic) ?? null;
  const show = shows.find((candidate) => candidate.slug === params.show) ?? null;
  const state = { q: params.q, topic: params.topic, show: params.show, sort: params.sort };

  let view: SearchOutcomeView = { kind: "start" };
  if (state.q) {
    const response = await searchCatalog({
      query: state.q,
      topic: state.topic,
      show: state.show,
      sort: state.sort,
      limit: SEARCH_PAGE_SIZE,
      page: params.page,
    });
    view = toOutcomeView(response, response.results.map(toResultView), {
      typed: state.q,
      state,
      topic,
      show,
    });
  }

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Search</h1>
      <div className="mt-6">
        <LiveSearch
          // A new URL from the server (a link, paging) starts the island afresh from its results.
          key={`${state.q}\n${state.topic}\n${state.show}\n${state.sort}\n${params.page}`}
          initial={{ ...state, page: params.page }}
          topics={topics}
          shows={shows}
        >
          <SearchOutcome view={view} namesShow={shows.length > 1} />
        </LiveSearch>
      </div>
    </div>
  );
}
