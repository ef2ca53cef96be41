// The trail above a page's title: the pages it sits under, as links, then the page itself (not a link).
import type { Route } from "next";
import Link from "next/link";

export type Crumb<T extends string = string> = { name: string; href: Route<T> };

export function Breadcrumbs<T extends string>({ trail, current }: { trail: Crumb<T>[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-muted">
        {trail.map((crumb) => (
          // Not a flex row: a long show name wraps and the separator follows its last line.
          <li key={crumb.href}>
            <Link href={crumb.href} className="hover:text-foreground hover:underline">
              {crumb.name}
            </Link>
            <span aria-hidden="true" className="ml-1.5">
              /
            </span>
          </li>
        ))}
        <li aria-current="page" className="max-w-full min-w-0 truncate text-foreground">
          {current}
        </li>
      </ol>
    </nav>
  );
}
