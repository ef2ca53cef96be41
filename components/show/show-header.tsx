// The top of a show's page: the show's name, host, a one-paragraph summary and its links as pills.
import { Hero } from "@/components/ui/hero";
import type { ShowSummary } from "@/lib/db/show";
import { summarize } from "@/lib/catalog/summary";
import { showLinkLabel } from "@/lib/site/show-links";

type Props = {
  show: ShowSummary;
  counts: { all: number; withVideo: number; withChapters: number };
};

export function ShowHeader({ show, counts }: Props) {
  const stats = [
    { value: counts.all, label: "Episodes" },
    { value: counts.withChapters, label: "With chapters" },
    { value: counts.withVideo, label: "With video" },
  ];
  const summary = show.description ? summarize(show.description, 200) : null;
  return (
    <Hero>
      <div className="relative grid gap-8 lg:grid-cols-[minmax(0,1fr)_14rem] lg:items-center lg:gap-12">
        <div className="max-w-3xl">
          <p className="text-sm font-semibold tracking-wide text-accent-strong uppercase">
            Podcast · Episode guide
          </p>
          <h1 className="mt-3 text-3xl leading-tight font-bold tracking-tight text-balance sm:text-5xl">
            {show.name}
          </h1>
          {show.author && (
            <p className="mt-3 text-base text-muted sm:text-lg">
              Hosted by <span className="font-medium text-foreground">{show.author}</span>
            </p>
          )}
          {summary && (
            <p className="mt-5 max-w-2xl text-base leading-relaxed text-pretty sm:text-lg">{summary}</p>
          )}
          {show.links.length > 0 && (
            <ul className="mt-6 flex flex-wrap gap-2" aria-label="The show elsewhere">
              {show.links.map((link) => (
                <li key={link.url}>
                  <a
                    href={link.url}
                    rel="noopener noreferrer nofollow"
                    className="inline-flex items-center gap-1.5 rounded-full border border-border bg-background px-3 py-1.5 text-sm font-medium hover:border-accent/60 hover:text-accent-strong"
                  >
                    {showLinkLabel(link)}
                    <svg
                      aria-hidden="true"
                      viewBox="0 0 16 16"
                      className="size-3.5 text-muted"
                      fill="none"
                      stroke="currentColor"
                      strokeWidth="1.6"
                      strokeLinecap="round"
                      strokeLinejoin="round"
                    >
                      <path d="M6 3.5h6.5V10M12.5 3.5 4 12" />
                    </svg>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
        <dl className="grid grid-cols-3 gap-2 lg:grid-cols-1 lg:gap-3">
          {stats.map((stat) => (
            <div
              key={stat.label}
              className="flex flex-col-reverse justify-end rounded-2xl border border-border bg-background/70 px-3 py-3 sm:px-4 lg:flex-row-reverse lg:items-baseline lg:justify-between"
            >
              <dt className="text-xs text-muted sm:text-sm">{stat.label}</dt>
              <dd className="text-2xl font-bold tracking-tight tabular-nums sm:text-3xl">{stat.value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </Hero>
  );
}
