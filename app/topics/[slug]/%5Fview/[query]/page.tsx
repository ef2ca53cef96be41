import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TopicView, topicMetadata } from "@/components/topic/topic-view";
import { getTopicPage } from "@/lib/db/topics";
import { parseTopicParams, TOPIC_PAGE_SIZES } from "@/lib/site/topic-params";
import { segmentParams } from "@/lib/site/views";

// A topic's later pages (topicPath?page=N): next.config.ts rewrites them here with their query in canonical
// form as the last segment (lib/site/views.ts), so each is rendered on its first request and cached
// until the next import, like the topic's first page. The address bar keeps topicPath?page=N.
export async function generateStaticParams(): Promise<{ slug: string; query: string }[]> {
  return [];
}

type Props = { params: Promise<{ slug: string; query: string }> };

async function read(props: Props) {
  const { slug, query } = await props.params;
  return getTopicPage(slug, parseTopicParams(segmentParams(query)).page, TOPIC_PAGE_SIZES);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const view = await read(props);
  return view ? topicMetadata(view) : {};
}

export default async function Page(props: Props) {
  const view = await read(props);
  if (!view) notFound();
  return <TopicView view={view} />;
}
