import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ShowView, showListMetadata } from "@/components/show/show-view";
import { getShowBySlug } from "@/lib/db/show";
import { parseListParams } from "@/lib/site/list-params";
import { segmentParams } from "@/lib/site/views";

// A show's filtered, sorted and later pages (showPath?video=1…, ?sort=oldest, ?topic=…): next.config.ts
// rewrites them here with their query in canonical form as the last segment (lib/site/views.ts), so each
// is rendered on its first request and cached until the next import, like the show's own page. The
// address bar keeps showPath?video=1….
type Props = { params: Promise<{ show: string; query: string }> };

export async function generateStaticParams(): Promise<{ show: string; query: string }[]> {
  return [];
}

async function read(props: Props) {
  const { show, query } = await props.params;
  return { show: await getShowBySlug(show), params: parseListParams(segmentParams(query)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { show, params } = await read(props);
  return show ? showListMetadata(show, params) : {};
}

export default async function Page(props: Props) {
  const { show, params } = await read(props);
  if (!show) notFound();
  return <ShowView show={show} params={params} />;
}
