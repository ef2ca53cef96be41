// An episode's description as readable blocks, and the host's promotions under their headings. Text is
// rendered as text (never as HTML from the data); links are only the http(s) URLs found in it, marked
// as external. A link named by the words around it shows where it goes beside it.
import { Fragment } from "react";
import type { Block, HostBlock, Span } from "@/lib/site/description";

const linkClass =
  "break-words text-accent underline decoration-accent/30 underline-offset-2 hover:decoration-accent";

function Spans({ spans }: { spans: Span[] }) {
  return spans.map((span, index) =>
    span.type === "text" ? (
      <span key={index}>{span.text}</span>
    ) : (
      <span key={index}>
        <a
          href={span.href}
          rel="noopener noreferrer nofollow"
          data-link-role={span.role}
          className={linkClass}
        >
          {span.text}
        </a>
        {span.host && <span className="text-muted"> ({span.host})</span>}
      </span>
    ),
  );
}

function BlockView({ block }: { block: Block }) {
  if (block.type === "paragraph") {
    return (
      <p>
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
    <ol start={block.start} className="list-decimal space-y-1 pl-6">
      {items}
    </ol>
  ) : (
    <ul className="list-disc space-y-1 pl-6">{items}</ul>
  );
}

/**
 * The blocks in order. A heading (the "From the host" box has them) opens a group holding the blocks
 * up to the next heading.
 */
export function DescriptionBlocks({ blocks }: { blocks: readonly HostBlock[] }) {
  const groups: { heading: Extract<HostBlock, { type: "heading" }> | null; blocks: Block[] }[] = [];
  for (const block of blocks) {
    if (block.type === "heading") {
      groups.push({ heading: block, blocks: [] });
      continue;
    }
    if (groups.length === 0) groups.push({ heading: null, blocks: [] });
    groups.at(-1)!.blocks.push(block);
  }
  return groups.map(({ heading, blocks: inner }, index) => {
    const views = inner.map((block, item) => <BlockView key={item} block={block} />);
    return heading ? (
      <div key={index} data-host-role={heading.role} className="space-y-1">
        <h3 className="font-semibold text-foreground">{heading.text}</h3>
        {views}
      </div>
    ) : (
      <Fragment key={index}>{views}</Fragment>
    );
  });
}
