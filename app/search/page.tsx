import type { Metadata } from "next";
import { LiveSearch } from "@/components/search/live-search";
import { SearchOutcome } from "@/components/search/search-outcome";
import { db } from "@/lib/db/client";
import { searchCatalog } from "@/lib/search/search";
import { PAGE_SIZE, parseSearchPageParams } from "@/lib/search/params";
import { toOutcomeView, toResultView, type SearchOutcomeView } from "@/lib/search/view";
import { listTopics } from "@/lib/db/topics";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITLE_QUERY_CHARS = 60;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { q } = parseSearchPageParams(await props.searchParams);
  const shown = q.length > TITLE_QUERY_CHARS ? `${q.slice(0, TITLE_QUERY_CHARS)}…` : q;
  return { title: shown ? `Search: ${shown}` : "Search", robots: { index: false } };
}

export default async function SearchPage(props: Props) {
  const params = parseSearchPageParams(await props.searchParams);
  const topics = (await listTopics()).map(({ slug, name }) => ({ slug, name }));
  // An unknown topic is junk like any other: search everything instead.
  const topic = topics.find((candidate) => candidate.slug === params.topic) ?? null;
  const state = { q: params.q, topic: topic?.slug ?? null, sort: params.sort };

  let view: SearchOutcomeView = { kind: "start" };
  if (state.q) {
    const response = await searchCatalog(db, {
      query: state.q,
      topic: state.topic,
      sort: state.sort,
      limit: PAGE_SIZE,
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
