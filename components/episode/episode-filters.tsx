// The filter bar above a show's episode list: video, chapters, length, topic and the order. Each option
// says how many episodes it would keep with the other filters as they are (faceted counts), and options
// that would keep none are disabled. A plain GET form with an "Apply" button, so it works without
// JavaScript and every view has a shareable URL; once JavaScript runs, AutoApplyForm applies a change at
// once and globals.css hides the button.
import { AutoApplyForm } from "@/components/episode/auto-apply-form";
import { Select } from "@/components/ui/select";
import type { TopicCount } from "@/lib/db/episodes";
import {
  clearFiltersHref,
  isFiltered,
  lengthKeys,
  lengthOptions,
  listHref,
  LIST_ANCHOR,
  sortKeys,
  sortLabels,
  type LengthKey,
  type ListParams,
} from "@/lib/site/list-params";
import { showPath } from "@/lib/site/routes";

/** How many episodes each option would keep, the other filters applied (facetFilters in list-params). */
export type FilterCounts = {
  video: number;
  chapters: number;
  lengths: Record<LengthKey, number>;
  /** For "Any topic": every filter but the topic. */
  anyTopic: number;
  /** Per topic, in taxonomy order. */
  topics: TopicCount[];
};

type Props = {
  /** The show whose list this filters (its slug). */
  show: string;
  params: ListParams;
  counts: FilterCounts;
  /** What the count line says about the list: announced after a change applies. */
  status: string;
};

/** The values the URL leaves out (listHref), so the island leaves them out too. */
const defaults = { length: "any", topic: "", sort: "newest" };

const chipClass =
  "inline-flex cursor-pointer items-center gap-1.5 rounded-full border border-border bg-surface py-1.5 pr-2.5 pl-2 text-sm sm:gap-2 sm:pr-3 sm:pl-2.5 font-medium select-none hover:border-accent/60 has-checked:border-accent has-checked:bg-accent-soft has-checked:text-accent-strong has-focus-visible:ring-2 has-focus-visible:ring-ring has-disabled:cursor-not-allowed has-disabled:opacity-60 has-disabled:hover:border-border";

function Count({ value }: { value: number }) {
  return (
    <span className="rounded-full bg-surface-2 px-1.5 text-xs text-muted tabular-nums">
      {value}
      <span className="sr-only">{value === 1 ? " episode" : " episodes"}</span>
    </span>
  );
}

/** A checkbox styled as a chip, with how many episodes it would keep; disabled when that is none. */
function FilterChip({
  name,
  label,
  checked,
  count,
}: {
  name: string;
  label: string;
  checked: boolean;
  count: number;
}) {
  return (
    <label className={chipClass}>
      <input
        // The id brings focus back here after a change applied (AutoApplyForm).
        id={`filter-${name}`}
        type="checkbox"
        name={name}
        value="1"
        defaultChecked={checked}
        disabled={!checked && count === 0}
        className="size-4 accent-accent focus-visible:outline-none!"
      />
      {/* The space is for the accessible name ("Has video 22 episodes"); flex layout drops it. */}
      {label} <Count value={count} />
    </label>
  );
}

/** "Under 15 min (7)" */
const withCount = (label: string, count: number) => `${label} (${count})`;

export function EpisodeFilters({ show, params, counts, status }: Props) {
  const topic = params.filters.topic ?? "";
  const topicOptions = [
    { value: "", label: withCount("Any topic", counts.anyTopic) },
    // Topics this show's list has none of (with these filters) are left out; the chosen one stays.
    ...counts.topics
      .filter((option) => option.episodeCount > 0 || option.slug === topic)
      .map((option) => ({ value: option.slug, label: withCount(option.name, option.episodeCount) })),
  ];
  return (
    <AutoApplyForm
      // Remount when the URL state changes, so uncontrolled inputs follow a "Clear" or back navigation.
      key={listHref(show, params)}
      action={showPath(show)}
      anchor={LIST_ANCHOR}
      defaults={defaults}
      status={status}
      label="Filter episodes"
      className="flex flex-wrap items-center gap-x-3 gap-y-3 rounded-2xl border border-border bg-surface-2/60 p-3 sm:p-4"
    >
      <div className="flex flex-wrap items-center gap-2">
        <FilterChip
          name="video"
          label="Has video"
          checked={Boolean(params.filters.hasVideo)}
          count={counts.video}
        />
        <FilterChip
          name="chapters"
          label="Has chapters"
          checked={Boolean(params.filters.hasChapters)}
          count={counts.chapters}
        />
      </div>

      <Select
        id="filter-length"
        label="Length"
        name="length"
        defaultValue={params.length}
        options={lengthKeys.map((key) => ({
          value: key,
          label: withCount(lengthOptions[key].label, counts.lengths[key]),
          disabled: counts.lengths[key] === 0 && key !== params.length,
        }))}
      />
      <Select id="filter-topic" label="Topic" name="topic" defaultValue={topic} options={topicOptions} />

      <div className="flex flex-wrap items-center gap-3 lg:ml-auto">
        <Select
          id="filter-sort"
          label="Sort"
          name="sort"
          defaultValue={params.sort}
          options={sortKeys.map((key) => ({ value: key, label: sortLabels[key] }))}
        />
        {isFiltered(params) && (
          // A plain link: the cleared list may be a query view (a sort order), which the client router
          // would not find (lib/site/views.ts).
          <a
            href={clearFiltersHref(show, params.sort)}
            className="text-sm font-medium text-muted underline-offset-4 hover:text-foreground hover:underline"
          >
            Clear
          </a>
        )}
        <button
          type="submit"
          data-filters-apply=""
          className="rounded-full bg-foreground px-4 py-1.5 text-sm font-semibold text-background hover:opacity-90"
        >
          Apply
        </button>
      </div>
    </AutoApplyForm>
  );
}
