import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ShowView, showListMetadata } from "@/components/show/show-view";
import { getShowBySlug, listShowRefs } from "@/lib/db/show";
import { parseListParams } from "@/lib/site/list-params";

// The show's unfiltered first page, prerendered for every show. Its filtered and later pages
// (showPath?video=1…) are rewritten by next.config.ts to ./%5Flist, which renders them per request.
const params = parseListParams({});

export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ show: string }[]> {
  return (await listShowRefs()).map((show) => ({ show: show.slug }));
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
