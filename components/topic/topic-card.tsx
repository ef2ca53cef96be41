// One topic on the /topics grid: its name (the link, stretched over the card), what it covers, and how
// many episodes and moments it has (no moments chip when it has none).
import { CardLink } from "@/components/ui/card-link";
import type { TopicSummary } from "@/lib/db/topics";
import { topicPath } from "@/lib/site/routes";

export function TopicCard({ topic }: { topic: TopicSummary }) {
  return (
    <article className="group card">
      <h2 className="text-lg leading-snug font-semibold tracking-tight">
        <CardLink href={topicPath(topic.slug)}>{topic.name}</CardLink>
      </h2>
      <p className="mt-2 text-sm leading-relaxed text-pretty text-muted">{topic.description}</p>
      <p className="mt-auto flex flex-wrap gap-2 pt-5 text-xs font-medium">
        <span className="rounded-full bg-accent-soft px-2.5 py-1 text-accent-strong">
          {topic.episodeCount === 1 ? "1 episode" : `${topic.episodeCount} episodes`}
        </span>
        {topic.chapterCount > 0 && (
          <span className="rounded-full bg-surface-2 px-2.5 py-1 text-muted">
            {topic.chapterCount === 1 ? "1 moment" : `${topic.chapterCount} moments`}
          </span>
        )}
      </p>
    </article>
  );
}
