// One episode in the search results: its show (when the catalog has several), date, how it plays, topics,
// the matching text, then the matching chapters, each a link to that moment of our episode page whose
// name says what opening it does (plays the video or the audio from that time, or nothing yet). Plain
// component: the server page and the live search island share it.
// `data-search-result` marks the links the arrow keys move through.
import Link from "next/link";
import { PlaysAs } from "@/components/episode/plays-as";
import { TopicChips } from "@/components/topic/topic-chips";
import { formatDuration } from "@/lib/catalog/time";
import { formatDate, isoDate } from "@/lib/site/format";
import { playability, playsFromLabel } from "@/lib/site/playability";
import { episodePath, showPath } from "@/lib/site/routes";
import type { ResultView } from "@/lib/search/view";
import { HighlightedText } from "./highlighted-text";

type Props = {
  result: ResultView;
  /** Name the result's show: the catalog has several, so the episode alone does not say which. */
  namesShow: boolean;
};

export function SearchResult({ result, namesShow }: Props) {
  const date = result.publishedAt ? new Date(result.publishedAt) : null;
  const plays = playability(result);
  return (
    <article className="rounded-2xl border border-border bg-surface p-5 shadow-[0_1px_2px_rgb(0_0_0/0.04)] sm:p-6">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-muted">
        {namesShow && (
          <Link
            href={showPath(result.show.slug)}
            data-testid="search-result-show"
            className="font-semibold text-foreground underline-offset-4 hover:text-accent-strong hover:underline"
          >
            {result.show.name}
          </Link>
        )}
        {date && (
          <time dateTime={isoDate(date, result.publishedPrecision)}>
            {formatDate(date, result.publishedPrecision)}
          </time>
        )}
        <PlaysAs kind={plays} />
        <TopicChips topics={result.topics} />
      </div>

      <h2 className="card-title">
        <Link
          href={episodePath(result.show.slug, result.slug)}
          data-search-result=""
          className="rounded-sm decoration-accent/40 underline-offset-4 hover:text-accent-strong hover:underline"
        >
          {result.title}
        </Link>
      </h2>

      {result.snippet.length > 0 && (
        <p className="mt-2 leading-relaxed break-words text-muted">
          <HighlightedText parts={result.snippet} />
        </p>
      )}

      {result.chapters.length > 0 && (
        <ol
          aria-label={`Matching chapters of “${result.title}”`}
          className="-mx-2 mt-4 flex flex-col border-t border-border pt-2"
        >
          {result.chapters.map((chapter) => {
            const time = formatDuration(chapter.startSeconds);
            return (
              <li key={chapter.startSeconds}>
                <Link
                  href={episodePath(result.show.slug, result.slug, chapter.startSeconds)}
                  prefetch={false}
                  data-search-result=""
                  className="flex items-baseline gap-3 rounded-lg px-2 py-1.5 hover:bg-surface-2 focus-visible:rounded-lg! focus-visible:bg-surface-2"
                >
                  <span className="time-column">{time}</span>{" "}
                  <span className="min-w-0 break-words">
                    <span className="font-medium">
                      <HighlightedText parts={chapter.title} />
                    </span>
                    {/* The card's badge says it to the eye; the link says it to a screen reader. */}
                    <span className="sr-only"> ({playsFromLabel(plays, time)})</span>
                    {chapter.snippet && (
                      <>
                        {" "}
                        <span className="mt-0.5 block text-sm text-muted">
                          <HighlightedText parts={chapter.snippet} />
                        </span>
                      </>
                    )}
                  </span>
                </Link>
              </li>
            );
          })}
        </ol>
      )}
    </article>
  );
}
