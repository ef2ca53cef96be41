// The big search field and its button, as the search page and the 404 page show it: a labelled
// `type=search` input named q (what /search reads) with the search icon, and a submit button. Plain
// component: the search page's island passes its value, handlers and ref through `input`; `after` sits
// inside the field's right end (the search page's busy spinner).
import type { ComponentProps, ReactNode } from "react";
import { SearchIcon } from "@/components/ui/icons";
import { MAX_QUERY_CHARS } from "@/lib/search/params";

type Props = {
  /** The input's own attributes; data-* ones too (the search page marks its field for the "/" key). */
  input: ComponentProps<"input"> & { id: string; [data: `data-${string}`]: string };
  after?: ReactNode;
};

export function SearchField({ input, after }: Props) {
  return (
    <div className="flex gap-2">
      <div className="relative min-w-0 flex-1">
        <SearchIcon className="pointer-events-none absolute top-1/2 left-3.5 size-5 -translate-y-1/2 text-muted" />
        <input
          type="search"
          name="q"
          placeholder="Try tlb or io uring"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={MAX_QUERY_CHARS}
          {...input}
          className={`h-11 w-full rounded-full border border-border bg-surface pl-11 text-base placeholder:text-muted hover:border-accent/50 focus:border-accent focus-visible:rounded-full! ${after ? "pr-10" : "pr-4"}`}
        />
        {after}
      </div>
      <button
        type="submit"
        className="h-11 shrink-0 rounded-full bg-accent px-5 text-sm font-semibold text-on-accent hover:bg-accent-strong focus-visible:rounded-full!"
      >
        Search
      </button>
    </div>
  );
}
