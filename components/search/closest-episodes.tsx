"use client";
// On the 404 page: the episodes (and topics) whose names come closest to the address in the address
// bar, asked of /api/closest once the page is in the browser, and a search for the address's words.
// Next renders the 404 page along with every page, before it is known to be needed, so the page cannot
// read the request (that would make every page dynamic): the address is only known here. Without
// JavaScript the page's own search form and links stand alone.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { ClosestResult } from "@/lib/search/types";
import { episodePath, searchPath, topicPath } from "@/lib/site/routes";

type Answer = { path: string; result: ClosestResult | null };

const linkClass = "font-semibold text-accent underline-offset-4 hover:underline";

function isClosestResult(body: unknown): body is ClosestResult {
  return (
    typeof body === "object" &&
    body !== null &&
    "episodes" in body &&
    Array.isArray(body.episodes) &&
    "topics" in body &&
    Array.isArray(body.topics) &&
    "query" in body &&
    typeof body.query === "string"
  );
}

export function ClosestEpisodes({ namesShow }: { namesShow: boolean }) {
  const pathname = usePathname();
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/closest?${new URLSearchParams({ path: pathname })}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => setAnswer({ path: pathname, result: isClosestResult(body) ? body : null }))
      .catch(() => {
        // A failed look-up leaves the page as the server drew it; an aborted one has a newer one coming.
        if (!controller.signal.aborted) setAnswer({ path: pathname, result: null });
      });
    return () => controller.abort();
  }, [pathname]);

  // Until the answer for this address arrives (or when it failed), nothing: no flash of "none".
  const result = answer?.path === pathname ? answer.result : null;
  if (!result || result.query === "") return null;
  // Not searchHref (lib/search/params): its zod would ride along with every page, as this island does.
  const search = `${searchPath}?${new URLSearchParams({ q: result.query })}` as const;

  if (result.episodes.length === 0 && result.topics.length === 0) {
    return (
      <p className="mt-6 text-muted" data-testid="closest-none">
        No episode or topic has a name close to this address.{" "}
        <Link href={search} className={linkClass}>
          Search for “{result.query}”
        </Link>
      </p>
    );
  }
  return (
    <section aria-labelledby="closest-heading" className="mt-8">
      <h2 id="closest-heading" className="text-lg font-semibold tracking-tight">
        Were you looking for one of these?
      </h2>
      {result.topics.length > 0 && (
        <ul aria-label="Topics" className="mt-3 flex flex-wrap gap-2">
          {result.topics.map((topic) => (
            <li key={topic.slug}>
              <Link
                href={topicPath(topic.slug)}
                className="inline-flex rounded-full border border-border bg-surface px-3 py-1.5 text-sm font-medium hover:border-accent/60 hover:bg-accent-soft hover:text-accent-strong focus-visible:rounded-full!"
              >
                Topic: {topic.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {result.episodes.length > 0 && (
        <ul
          aria-label="Episodes"
          className="mt-3 divide-y divide-border overflow-hidden rounded-2xl border border-border bg-surface"
        >
          {result.episodes.map((episode) => (
            <li key={episode.url}>
              <Link
                href={episodePath(episode.show.slug, episode.slug)}
                className="group block px-4 py-3 hover:bg-surface-2 sm:px-5"
              >
                <span className="block font-medium break-words group-hover:text-accent-strong group-hover:underline">
                  {episode.title}
                </span>{" "}
                {namesShow && <span className="mt-0.5 block text-sm text-muted">{episode.show.name}</span>}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm text-muted">
        Not these?{" "}
        <Link href={search} className={linkClass}>
          Search for “{result.query}”
        </Link>
      </p>
    </section>
  );
}
