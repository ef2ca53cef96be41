// The rounded panel with a soft accent glow that opens the home and show pages.
import type { ReactNode } from "react";

export function Hero({ children }: { children: ReactNode }) {
  return (
    <header className="relative overflow-hidden rounded-3xl border border-border bg-surface px-5 py-8 sm:px-10 sm:py-12">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute -top-24 -right-24 size-72 rounded-full bg-accent-soft opacity-70 blur-3xl"
      />
      {children}
    </header>
  );
}
