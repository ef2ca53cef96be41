// The site's line and solid icons, drawn in the current text colour and hidden from assistive
// technology: the control or text beside an icon carries its name.
import type { ReactNode } from "react";

function StrokeIcon({
  viewBox,
  className,
  strokeWidth = 1.8,
  children,
}: {
  viewBox: string;
  className?: string;
  strokeWidth?: number;
  children: ReactNode;
}) {
  return (
    <svg
      aria-hidden="true"
      viewBox={viewBox}
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

const chevronPaths = {
  down: "m4 6 4 4 4-4",
  left: "M10 3.5 5.5 8l4.5 4.5",
  right: "m6 3.5 4.5 4.5L6 12.5",
} as const;

/** A select's arrow, pagination's previous/next. */
export function Chevron({
  direction,
  className,
}: {
  direction: keyof typeof chevronPaths;
  className: string;
}) {
  return (
    <StrokeIcon viewBox="0 0 16 16" className={className}>
      <path d={chevronPaths[direction]} />
    </StrokeIcon>
  );
}

export function SearchIcon({ className }: { className?: string }) {
  return (
    <StrokeIcon viewBox="0 0 20 20" className={className}>
      <circle cx="8.75" cy="8.75" r="5.25" />
      <path d="m12.75 12.75 4 4" />
    </StrokeIcon>
  );
}

/** A magnifier with a minus: nothing found. */
export function NothingFoundIcon({ className }: { className?: string }) {
  return (
    <StrokeIcon viewBox="0 0 24 24" className={className} strokeWidth={1.5}>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m16 16 4.5 4.5M8.5 11h5" />
    </StrokeIcon>
  );
}

/** The play triangle that marks an episode with a video. */
export function PlayIcon({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={className} fill="currentColor">
      <path d="M5 3.2v9.6l7.6-4.8L5 3.2Z" />
    </svg>
  );
}
