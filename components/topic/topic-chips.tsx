// The topics an episode is filed under, as small links to their topic pages: on episode cards (the
// quiet row at the bottom) and under the episode page's title.
import Link from "next/link";
import type { TopicLink } from "@/lib/db/shapes";
import { topicPath } from "@/lib/site/routes";

export function TopicChips({ topics, className = "" }: { topics: TopicLink[]; className?: string }) {
  if (topics.length === 0) return null;
  return (
    <ul aria-label="Topics" className={`flex flex-wrap items-center gap-1.5 ${className}`}>
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link href={topicPath(topic.slug)} className="chip">
            {topic.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
