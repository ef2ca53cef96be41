"use client";
// What a visitor sees when a page fails unexpectedly: no error details (a server error's digest is
// shown as a reference to find it in the server log), a retry and the way home. app/global-error.tsx
// shows the same inside its own document when the root layout itself fails.
import type { ErrorInfo } from "next/error";
import Link from "next/link";

/** The digest Next.js gives errors from the server; a value thrown in the browser may be anything. */
function digestOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("digest" in error)) return null;
  return typeof error.digest === "string" ? error.digest : null;
}

export default function ErrorPage({ error, retry }: ErrorInfo) {
  const digest = digestOf(error);
  return (
    <>
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-muted">This page could not be shown. Trying again often works.</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        {/* retry, not reset: the pages are Server Components, so recovering means fetching them again. */}
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-full bg-foreground px-4 py-1.5 text-sm font-semibold text-background hover:opacity-90"
        >
          Try again
        </button>
        <Link href="/" className="text-accent underline">
          See all episodes
        </Link>
      </div>
      {digest ? (
        <p className="mt-6 text-sm text-muted">
          Reference: <code>{digest}</code>
        </p>
      ) : null}
    </>
  );
}
