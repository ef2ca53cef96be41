// A card's title link, stretched over the whole card by its ::after (the card is `relative`), so the
// card is one click target while the link keeps the accessible name and the focus ring stays on the card.
import Link from "next/link";
import type { ReactNode } from "react";

export function CardLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      className="rounded-sm decoration-accent/40 underline-offset-4 group-hover:text-accent-strong group-hover:underline after:absolute after:inset-0 after:rounded-2xl after:content-[''] focus-visible:outline-none!"
    >
      {children}
    </Link>
  );
}
