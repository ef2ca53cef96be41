// An episode's description as readable blocks. Text is rendered as text (never as HTML from the
// data); links are only the http(s) URLs found in it, marked as external.
import type { Block, Span } from "@/lib/site/description";

const linkClass =
  "break-words text-accent underline decoration-accent/30 underline-offset-2 hover:decoration-accent";

function Spans({ spans }: { spans: Span[] }) {
  return spans.map((span, index) =>
    span.type === "text" ? (
      <span key={index}>{span.text}</span>
    ) : (
      <a key={index} href={span.href} rel="noopener noreferrer nofollow" className={linkClass}>
        {span.text}
      </a>
    ),
  );
}

export function DescriptionBlocks({ blocks }: { blocks: Block[] }) {
  return blocks.map((block, index) => {
    if (block.type === "paragraph") {
      return (
        <p key={index}>
          <Spans spans={block.spans} />
        </p>
      );
    }
    const items = block.items.map((spans, item) => (
      <li key={item}>
        <Spans spans={spans} />
      </li>
    ));
    return block.ordered ? (
      <ol key={index} className="list-decimal space-y-1 pl-6">
        {items}
      </ol>
    ) : (
      <ul key={index} className="list-disc space-y-1 pl-6">
        {items}
      </ul>
    );
  });
}
