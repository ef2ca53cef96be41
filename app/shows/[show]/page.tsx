import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ShowView, showListMetadata } from "@/components/show/show-view";
import { listPrerenderedShows } from "@/lib/db/prerender";
import { getShowBySlug } from "@/lib/db/show";
import { parseListParams } from "@/lib/site/list-params";

// The show's unfiltered first page: prerendered for the first shows, for any other rendered on its
// first request; cached until the next import. Its filtered and later pages (showPath?video=1…) are
// views that next.config.ts rewrites to ./%5Fview/[query].
const params = parseListParams({});

export function generateStaticParams() {
  return listPrerenderedShows();
}

type Props = { params: Promise<{ show: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const show = await getShowBySlug((await props.params).show);
  return show ? showListMetadata(show, params) : {};
}

export default async function Page(props: Props) {
  const show = await getShowBySlug((await props.params).show);
  if (!show) notFound();
  return <ShowView show={show} params={params} />;
}
