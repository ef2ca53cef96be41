"use client";
// On an episode page without a video there is no player island; this one only honours deep links:
// `?t=` / `#t=` is canonicalised to `?t=<seconds>` and the chapter containing that time is marked.
import { useEffect } from "react";
import { parseDeepLinkTime } from "@/lib/site/deep-link";
import { episodePath } from "@/lib/site/routes";
import { chapterTracker } from "./chapter-marks";

export function ChapterDeepLink({
  show,
  slug,
  starts,
  durationSeconds,
}: {
  show: string;
  slug: string;
  starts: number[];
  durationSeconds?: number | null;
}) {
  useEffect(() => {
    const seconds = parseDeepLinkTime(window.location.search, window.location.hash, durationSeconds);
    if (seconds === null) return;
    window.history.replaceState(null, "", episodePath(show, slug, seconds));
    chapterTracker(starts).mark(seconds);
  }, [show, slug, starts, durationSeconds]);
  return null;
}
