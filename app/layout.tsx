import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { PlayerDock } from "@/components/player/player-dock";
import { HeaderSearch } from "@/components/search/header-search";
import { SlashFocus } from "@/components/search/slash-focus";
import { ThemeToggle, themeScript } from "@/components/ui/theme-toggle";
import { getDefaultShow, listShowRefs } from "@/lib/db/show";
import { siteUrl } from "@/lib/env";
import { homePath, showsPath, topicsPath } from "@/lib/site/routes";
import { catalogName } from "@/lib/site/site-name";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const shows = await listShowRefs();
  const name = catalogName(shows);
  return {
    metadataBase: new URL(siteUrl),
    title: { default: name, template: `%s · ${name}` },
    description: (shows.length === 1 ? (await getDefaultShow())?.description : null) ?? undefined,
    icons: { icon: "/favicon.svg" },
    openGraph: { siteName: name, type: "website" },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf8" },
    { media: "(prefers-color-scheme: dark)", color: "#111113" },
  ],
};

const navLinkClass = "rounded-md px-3 py-1.5 text-muted hover:bg-surface-2 hover:text-foreground";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const shows = await listShowRefs();
  // The header names the one show as before shows existed, else the catalog; "/" is then the
  // catalog's home and the nav leads to the shows instead of one show's episodes.
  const name = catalogName(shows);
  const only = shows.length === 1 ? await getDefaultShow() : null;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-screen flex-col bg-background font-sans text-foreground antialiased">
        <a
          href="#main"
          className="sr-only rounded-md bg-surface px-3 py-2 shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
        >
          Skip to content
        </a>
        <header className="sticky top-0 z-40 border-b border-border bg-background/85 backdrop-blur supports-[backdrop-filter]:bg-background/70">
          <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4 sm:px-6">
            <Link href={homePath} className="flex min-w-0 items-center gap-2 font-semibold tracking-tight">
              <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7 shrink-0">
                <rect width="32" height="32" rx="8" className="fill-accent" />
                <path d="M11 9.5v13l11-6.5-11-6.5Z" fill="white" />
              </svg>
              {/* Phones show the logo only: a name cut to "The …" says nothing, and the nav needs the room. */}
              <span className="sr-only sm:not-sr-only sm:truncate">{name}</span>
            </Link>
            <HeaderSearch />
            <nav aria-label="Main" className="ml-auto flex items-center gap-1 text-sm">
              {shows.length > 1 ? (
                <Link href={showsPath} className={navLinkClass}>
                  Shows
                </Link>
              ) : (
                <Link href={homePath} className={navLinkClass}>
                  Episodes
                </Link>
              )}
              <Link href={topicsPath} className={navLinkClass}>
                Topics
              </Link>
              <ThemeToggle />
            </nav>
          </div>
        </header>
        <SlashFocus />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-10"
        >
          {children}
        </main>
        <footer className="border-t border-border">
          <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-6 text-sm text-muted sm:flex-row sm:justify-between sm:px-6">
            <p>{only?.author ? `${name} · by ${only.author}` : name}</p>
            <p>
              An independent episode guide: chapter times play from that moment where the video or audio is
              known.
            </p>
          </div>
        </footer>
        {/* The one player: it stays mounted while the visitor moves between pages. */}
        <PlayerDock />
      </body>
    </html>
  );
}
