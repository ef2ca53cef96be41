import type { Metadata } from "next";
import { TopicCard } from "@/components/topic/topic-card";
import { listTopics } from "@/lib/db/topics";
import { topicsPath } from "@/lib/site/routes";

export const metadata: Metadata = {
  title: "Topics",
  description:
    "Browse the episodes by subject: databases, the Linux kernel, networking, HTTP, security, performance and more, with the chapters on each subject in other episodes.",
  alternates: { canonical: topicsPath },
};

export default async function TopicsPage() {
  const topics = await listTopics();
  return (
    <>
      <header className="max-w-3xl">
        <p className="text-sm font-semibold tracking-wide text-accent-strong uppercase">Browse by subject</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">Topics</h1>
        <p className="mt-3 text-base leading-relaxed text-pretty text-muted sm:text-lg">
          Each topic lists the episodes about it and the moments in other episodes where it comes up, so you
          can jump straight to that chapter.
        </p>
      </header>
      {topics.length > 0 ? (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <TopicCard topic={topic} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-8 text-muted">The catalog has no topics yet.</p>
      )}
    </>
  );
}
