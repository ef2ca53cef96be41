import type { Metadata } from "next";
import { LiveSearch } from "@/components/search/live-search";
import { SearchOutcome } from "@/components/search/search-outcome";
import { searchCatalog } from "@/lib/search/search";
import { knownTopic, parseSearchPageParams, SEARCH_PAGE_SIZE, searchHref } from "@/lib/search/params";
import { toOutcomeView, toResultView, type SearchOutcomeView } from "@/lib/search/view";
import { listTopics } from "@/lib/db/topics";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITLE_QUERY_CHARS = 60;

/** The page's params, junk and unknown topics dropped, and the topics the filter offers. */
async function readParams(props: Props) {
  const topics = (await listTopics()).map(({ slug, name }) => ({ slug, name }));
  return { params: knownTopic(parseSearchPageParams(await props.searchParams), topics), topics };
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
  const { params, topics } = await readParams(props);
  const topic = topics.find((candidate) => candidate.slug === params.topic) ?? null;
  const state = { q: params.q, topic: params.topic, sort: params.sort };

  let view: SearchOutcomeView = { kind: "start" };
  if (state.q) {
    const response = await searchCatalog({
      query: state.q,
      topic: state.topic,
      sort: state.sort,
      limit: SEARCH_PAGE_SIZE,
      page: params.page,
    });
    view = toOutcomeView(response, response.results.map(toResultView), { typed: state.q, state, topic });
  }

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Search</h1>
      <div className="mt-6">
        <LiveSearch
          // A new URL from the server (a link, paging) starts the island afresh from its results.
          key={`${state.q}\n${state.topic}\n${state.sort}\n${params.page}`}
          initial={{ ...state, page: params.page }}
          topics={topics}
        >
          <SearchOutcome view={view} />
        </LiveSearch>
      </div>
    </div>
  );
}
