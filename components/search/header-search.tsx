// The search box in the site header: a plain GET form to /search (no JavaScript needed), a visible field
// at every width. On phones it takes the room the logo and the nav leave, with 16px text (smaller text
// makes iOS zoom in on focus) and no "/" hint (no keyboard to press it on). Press "/" to focus it
// (components/search/slash-focus.tsx).
import { SearchIcon } from "@/components/ui/icons";

export function HeaderSearch() {
  return (
    <div className="flex min-w-0 flex-1 justify-end">
      <form action="/search" role="search" aria-label="Site search" className="relative w-full max-w-64">
        <label htmlFor="header-search" className="sr-only">
          Search episodes
        </label>
        <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted sm:left-3" />
        <input
          id="header-search"
          type="search"
          name="q"
          placeholder="Search"
          autoComplete="off"
          enterKeyHint="search"
          aria-keyshortcuts="/"
          data-search-input="header"
          className="peer h-9 w-full min-w-0 rounded-full border border-border bg-surface pr-2 pl-8 text-base placeholder:text-muted hover:border-accent/50 focus:border-accent focus-visible:rounded-full! sm:pr-9 sm:pl-9 sm:text-sm"
        />
        <kbd
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-3 hidden -translate-y-1/2 rounded border border-border px-1.5 font-mono text-xs text-muted sm:peer-placeholder-shown:block sm:peer-focus:hidden"
        >
          /
        </kbd>
      </form>
    </div>
  );
}
