import type { Metadata } from "next";
import { SearchPage, searchPageMetadata } from "@/components/search/search-page";
import { segmentParams } from "@/lib/site/views";

// /search?q=…: proxy.ts rewrites a search here with its query in canonical form (lib/site/views.ts), so
// each search is rendered on its first request and then served from Next's cache until the next import.
type Props = { params: Promise<{ query: string }> };

export async function generateStaticParams(): Promise<{ query: string }[]> {
  return [];
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return searchPageMetadata(segmentParams((await props.params).query));
}

export default async function Page(props: Props) {
  return <SearchPage raw={segmentParams((await props.params).query)} />;
}
