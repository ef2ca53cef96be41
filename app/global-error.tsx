"use client";
// Replaces the root layout when the layout itself fails, so it brings its own document and styles.
// The layout's theme script is not part of it, so a page rendered this way on the server follows the
// system theme.
import type { ErrorInfo } from "next/error";
import ErrorPage from "./error";
import "./globals.css";

export default function GlobalError(props: ErrorInfo) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-background font-sans text-foreground antialiased">
        <title>Something went wrong</title>
        <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-10">
          <ErrorPage {...props} />
        </main>
      </body>
    </html>
  );
}
