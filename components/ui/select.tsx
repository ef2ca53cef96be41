// A labelled native <select> drawn as a pill with a chevron: the search filters (controlled, applied on
// change) and the episode list's length, topic and sort (uncontrolled, submitted with their form) share
// it. An option may be disabled (a filter value that would keep no episode).
import type { ComponentProps } from "react";
import { Chevron } from "./icons";

type Props = Omit<ComponentProps<"select">, "id" | "className" | "children"> & {
  id: string;
  label: string;
  options: readonly { value: string; label: string; disabled?: boolean }[];
};

export function Select({ id, label, options, ...select }: Props) {
  return (
    <div className="flex min-w-0 items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium text-muted">
        {label}
      </label>
      <span className="relative min-w-0">
        <select
          id={id}
          {...select}
          className="w-full max-w-60 appearance-none truncate rounded-full border border-border bg-surface py-1.5 pr-8 pl-3 text-sm font-medium hover:border-accent/60 focus-visible:rounded-full!"
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
        <Chevron
          direction="down"
          className="pointer-events-none absolute top-1/2 right-2.5 size-3.5 -translate-y-1/2 text-muted"
        />
      </span>
    </div>
  );
}
