import type { Metadata } from "next";
import { LiveSearch } from "@/components/search/live-search";
import { SearchOutcome } from "@/components/search/search-outcome";
import { searchCatalog } from "@/lib/search/search";
import {
  knownShow,
  knownTopic,
  parseSearchPageParams,
  SEARCH_PAGE_SIZE,
  searchHref,
} from "@/lib/search/params";
import { toOutcomeView, toResultView, type SearchOutcomeView } from "@/lib/search/view";
import { listShowRefs } from "@/lib/db/show";
import { listTopics } from "@/lib/db/topics";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITLE_QUERY_CHARS = 60;

/** The page's params, junk and unknown topics and shows dropped, and the topics and shows the filters offer. */
async function readParams(props: Props) {
  const [topicRows, showRows] = await Promise.all([listTopics(), listShowRefs()]);
  const topics = topicRows.map(({ slug, name }) => ({ slug, name }));
  const shows = showRows.map(({ slug, name }) => ({ slug, name }));
  const params = knownShow(knownTopic(parseSearchPageParams(await props.searchParams), topics), shows);
  return { params, topics, shows };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { params } = await readParams(props);
  const { q } = params;
  const shown = q.length > TITLE_QUERY_CHARS ? `${q.slice(0, TITLE_QUERY_CHARS)}…` : q;
  return {
    title: shown ? `Search: ${shown}` : "Search",
    robots: { index: false },
    alternates: { canonical: searchHref(params, params.page) },
  };
}

export default async function SearchPage(props: Props) {
  const { params, topics, shows } = await readParams(props);
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
