// The chevron the site's controls draw (a select's arrow, pagination's previous/next): a stroke in the
// current text colour, hidden from assistive technology since the control carries the name.
const paths = {
  down: "m4 6 4 4 4-4",
  left: "M10 3.5 5.5 8l4.5 4.5",
  right: "m6 3.5 4.5 4.5L6 12.5",
} as const;

export function Chevron({ direction, className }: { direction: keyof typeof paths; className: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[direction]} />
    </svg>
  );
}
