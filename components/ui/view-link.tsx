"use client";
// A link into a query view (a show's filtered or later list page, a topic's later page) that the client
// router can follow, so the layout's player keeps playing: a plain click goes to the view's own path
// (lib/site/views.ts viewHref), whose page puts the pretty address back in the bar (CanonicalUrl).
// Without JavaScript, and for modified clicks, it is the plain link to the pretty address.
import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";
import { viewHref } from "@/lib/site/views";

type Props = {
  href: string;
  className?: string;
  rel?: string;
  "aria-label"?: string;
  "aria-current"?: "page";
  children: ReactNode;
};

export function ViewLink({ href, children, ...rest }: Props) {
  const router = useRouter();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.push(viewHref(href));
  };
  return (
    <a href={href} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
