// The compact intro that opens the home page and a show's first page: the page's h1 and a few lines
// under it; the list starts right below. Where the site header shows the same name on wide screens (the
// one show of a catalog, the catalog's own name), the h1 is for screen readers there and visible only on
// phones (whose header shows the logo alone), so the name is not said twice in a row.
import type { ReactNode } from "react";

type Props = {
  title: string;
  /** The site header shows `title` on wide screens. */
  titleInHeader?: boolean;
  children?: ReactNode;
};

export function Hero({ title, titleInHeader = false, children }: Props) {
  return (
    <header className="max-w-3xl">
      <h1
        className={`text-2xl leading-tight font-bold tracking-tight text-balance sm:text-3xl ${titleInHeader ? "sm:sr-only" : ""}`}
      >
        {title}
      </h1>
      {children}
    </header>
  );
}
