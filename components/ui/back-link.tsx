// The small "← All …" link above a page's title, back to the index the page belongs to.
import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

export function BackLink<T extends string>({ href, children }: { href: Route<T>; children: ReactNode }) {
  return (
    <Link href={href} className="inline-flex items-center gap-1 text-sm text-muted hover:text-foreground">
      <span aria-hidden="true">←</span> {children}
    </Link>
  );
}
