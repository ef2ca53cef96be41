import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getShow } from "@/lib/catalog/queries";
import "./globals.css";

const fallbackName = "Episode catalog";

export async function generateMetadata(): Promise<Metadata> {
  const show = await getShow();
  const name = show?.name ?? fallbackName;
  return {
    title: { default: name, template: `%s · ${name}` },
    description: show?.description ?? undefined,
    icons: { icon: "/favicon.svg" },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const show = await getShow();
  const name = show?.name ?? fallbackName;
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-background focus:px-3 focus:py-2 focus:ring-2 focus:ring-accent"
        >
          Skip to content
        </a>
        <header className="border-b border-border">
          <div className="mx-auto max-w-3xl px-4 py-4">
            <Link href="/" className="font-semibold hover:text-accent">
              {name}
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-border">
          <div className="mx-auto max-w-3xl px-4 py-4 text-sm text-muted">
            {show?.author ? `${name} · ${show.author}` : name}
          </div>
        </footer>
      </body>
    </html>
  );
}
