// The filter bar above the episode list: a plain GET form, so it works without JavaScript and every
// filtered view has a shareable URL. Not next/form: a filtered list is a query view that the server
// rewrites to a cached page of its own (lib/site/views.ts), which the client router would not find
// (it takes a query on the show's prerendered path for that same page); the browser's own GET does.
// Changes apply on "Apply", not on change: auto-submitting a select navigates on every arrow key.
import Link from "next/link";
import { Select } from "@/components/ui/select";
import {
  clearFiltersHref,
  lengthKeys,
  lengthOptions,
  LIST_ANCHOR,
  type LengthKey,
} from "@/lib/site/list-params";
import { showPath } from "@/lib/site/routes";

type Props = {
  /** The show whose list this filters (its slug). */
  show: string;
  video: boolean;
  chapters: boolean;
  length: LengthKey;
  counts: { withVideo: number; withChapters: number };
  filtered: boolean;
};

const chipClass =
  "inline-flex cursor-pointer items-center gap-1.5 rounded-full border border-border bg-surface py-1.5 pr-2.5 pl-2 text-sm sm:gap-2 sm:pr-3 sm:pl-2.5 font-medium select-none hover:border-accent/60 has-checked:border-accent has-checked:bg-accent-soft has-checked:text-accent-strong has-focus-visible:ring-2 has-focus-visible:ring-ring";

function Count({ value }: { value: number }) {
  return (
    <span className="rounded-full bg-surface-2 px-1.5 text-xs text-muted tabular-nums">
      {value}
      <span className="sr-only"> episodes</span>
    </span>
  );
}

/** A checkbox styled as a chip, with how many episodes it would keep. */
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
        type="checkbox"
        name={name}
        value="1"
        defaultChecked={checked}
        className="size-4 accent-accent focus-visible:outline-none!"
      />
      {label}
      <Count value={count} />
    </label>
  );
}

export function EpisodeFilters({ show, video, chapters, length, counts, filtered }: Props) {
  return (
    <form
      // Remount when the URL state changes, so uncontrolled inputs follow a "Clear" or back navigation.
      key={`${video}-${chapters}-${length}`}
      method="get"
      action={`${showPath(show)}#${LIST_ANCHOR}`}
      aria-label="Filter episodes"
      className="flex flex-wrap items-center gap-x-2 gap-y-3 rounded-2xl border border-border bg-surface-2/60 p-3 sm:p-4"
    >
      <FilterChip name="video" label="Has video" checked={video} count={counts.withVideo} />
      <FilterChip name="chapters" label="Has chapters" checked={chapters} count={counts.withChapters} />

      <Select
        id="filter-length"
        label="Length"
        name="length"
        defaultValue={length}
        options={lengthKeys.map((key) => ({ value: key, label: lengthOptions[key].label }))}
      />

      <div className="flex items-center gap-3 sm:ml-auto">
        {filtered && (
          <Link
            href={clearFiltersHref(show)}
            scroll={false}
            className="text-sm font-medium text-muted underline-offset-4 hover:text-foreground hover:underline"
          >
            Clear
          </Link>
        )}
        <button
          type="submit"
          className="rounded-full bg-foreground px-4 py-1.5 text-sm font-semibold text-background hover:opacity-90"
        >
          Apply
        </button>
      </div>
    </form>
  );
}
