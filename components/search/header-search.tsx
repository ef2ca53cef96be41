// The search box in the site header: a plain GET form to /search (no JavaScript needed). On phones it
// folds into an icon link to the search page. Press "/" to focus it (components/search/slash-focus.tsx).
import Link from "next/link";
import { SearchIcon } from "@/components/ui/icons";

export function HeaderSearch() {
  return (
    <div className="flex min-w-9 flex-1 justify-end sm:min-w-0">
      <form
        action="/search"
        role="search"
        aria-label="Site search"
        className="relative hidden w-full max-w-64 sm:block"
      >
        <label htmlFor="header-search" className="sr-only">
          Search episodes
        </label>
        <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted" />
        <input
          id="header-search"
          type="search"
          name="q"
          placeholder="Search"
          autoComplete="off"
          enterKeyHint="search"
          aria-keyshortcuts="/"
          data-search-input="header"
          className="peer h-9 w-full rounded-full border border-border bg-surface pr-9 pl-9 text-sm placeholder:text-muted hover:border-accent/50 focus:border-accent focus-visible:rounded-full!"
        />
        <kbd
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-3 hidden -translate-y-1/2 rounded border border-border px-1.5 font-mono text-xs text-muted peer-placeholder-shown:block peer-focus:hidden"
        >
          /
        </kbd>
      </form>
      <Link
        href="/search"
        aria-label="Search"
        title="Search"
        className="inline-flex size-9 shrink-0 items-center justify-center rounded-full text-muted hover:bg-surface-2 hover:text-foreground focus-visible:rounded-full! sm:hidden"
      >
        <SearchIcon className="size-5" />
      </Link>
    </div>
  );
}
