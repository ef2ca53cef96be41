import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ShowView, showListMetadata } from "@/components/show/show-view";
import { getShowBySlug } from "@/lib/db/show";
import { parseListParams } from "@/lib/site/list-params";

// A show's filtered and later pages, rendered per request: next.config.ts rewrites showPath?video=1…
// here (lib/site/list-params.ts LIST_VIEWS_SEGMENT), so the address bar keeps showPath?video=1… and
// the show's unfiltered first page stays prerendered.
type Props = {
  params: Promise<{ show: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const show = await getShowBySlug((await props.params).show);
  return show ? showListMetadata(show, parseListParams(await props.searchParams)) : {};
}

export default async function Page(props: Props) {
  const show = await getShowBySlug((await props.params).show);
  if (!show) notFound();
  return <ShowView show={show} params={parseListParams(await props.searchParams)} />;
}
