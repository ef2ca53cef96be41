// A card's title link, stretched over the whole card by its ::after (the card is `relative`), so the
// card is one click target while the link keeps the accessible name and the focus ring stays on the card.
import Link from "next/link";
import type { ReactNode } from "react";

export function CardLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="card-link">
      {children}
    </Link>
  );
}
