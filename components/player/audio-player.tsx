"use client";
// The episode page's player when the episode has audio (from a feed) but no video: the browser's own
// <audio> controls, chapter links that seek it, `?t=` deep links, the [ ] keys and share links.
// Without JavaScript the element still plays and the chapter links open the file at `#t=`.
import { useRef } from "react";
import { createAudioController } from "./audio-controller";
import { announcementClass, useChapterNavigation } from "./use-chapter-navigation";

export type AudioPlayerProps = {
  src: string;
  title: string;
  show: string;
  slug: string;
  /** Chapter starts in seconds, ascending. */
  starts: number[];
  durationSeconds?: number | null;
};

export function AudioPlayer({ src, title, show, slug, starts, durationSeconds }: AudioPlayerProps) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const announcement = useChapterNavigation({
    show,
    slug,
    starts,
    durationSeconds,
    boxRef: audioRef,
    key: `${show}/${slug} ${src} ${starts.join(" ")}`,
    createController: () => (audioRef.current ? createAudioController(audioRef.current, starts) : null),
  });

  return (
    <div className="rounded-2xl border border-border bg-surface-2 p-4 sm:p-5">
      <p className="mb-3 text-sm font-medium">Listen to this episode</p>
      <audio
        ref={audioRef}
        src={src}
        controls
        preload="metadata"
        aria-label={`Audio: ${title}`}
        className="w-full"
      >
        <a href={src} rel="noopener noreferrer nofollow">
          Download the audio
        </a>
      </audio>
      <p className="mt-2 text-xs text-muted">
        Chapter times play the audio from that moment.{" "}
        <a href={src} rel="noopener noreferrer nofollow" className="underline hover:text-foreground">
          Audio file
        </a>
      </p>
      <p role="status" aria-live="polite" className={announcementClass(announcement)}>
        {announcement}
      </p>
    </div>
  );
}
