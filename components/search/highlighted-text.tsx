// Text with the search matches in <mark>, rendered as React text (never as HTML).
import { Fragment } from "react";
import type { Highlighted } from "@/lib/search/types";

export function HighlightedText({ parts }: { parts: Highlighted }) {
  return parts.map((part, index) =>
    part.marked ? (
      <mark key={index} className="rounded-[3px] bg-accent-soft px-0.5 text-foreground">
        {part.text}
      </mark>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}
