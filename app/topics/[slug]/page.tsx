import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TopicView, topicMetadata } from "@/components/topic/topic-view";
import { getTopicPage, listTopicSlugs } from "@/lib/db/topics";
import { parseTopicParams, TOPIC_PAGE_SIZES } from "@/lib/site/topic-params";

// A topic's first page, prerendered for every topic (the taxonomy is a short fixed list) and cached
// until the next import. It never reads searchParams: its later pages (topicPath?page=N) are views that
// next.config.ts rewrites to ./%5Fview/[query]. An unknown slug is a 404.
const { page } = parseTopicParams({});

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return listTopicSlugs();
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const view = await getTopicPage((await props.params).slug, page, TOPIC_PAGE_SIZES);
  return view ? topicMetadata(view) : {};
}

export default async function Page(props: Props) {
  const view = await getTopicPage((await props.params).slug, page, TOPIC_PAGE_SIZES);
  if (!view) notFound();
  return <TopicView view={view} />;
}
