import type { Metadata } from "next";
import { SearchPage, searchPageMetadata } from "@/components/search/search-page";

// The search page before a query: static. A query (/search?q=…) is a view that proxy.ts rewrites to
// ./%5Fview/[query], rendered once per canonical query and cached until the next import.
export function generateMetadata(): Promise<Metadata> {
  return searchPageMetadata({});
}

export default function Page() {
  return <SearchPage raw={{}} />;
}
