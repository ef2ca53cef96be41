// Turns an episode's stored description (plain text, one source line per line) into blocks a page
// can render safely: paragraphs and lists of text and link spans. Promotions for the host's courses
// and support links are set apart from the episode's own text. Pure: no HTML is produced here.
// What a link is and how the host words a promotion were decided by the import with the show's own rules
// (data/shows/): the page passes the stored links and their labels, and only a URL the import did not
// store is classified here, by the rules true of any show.
import { classifyLink, linkKey, NO_SHOW_RULES } from "@/lib/catalog/links";
import { linkKindSchema, type LinkKind } from "@/lib/catalog/schema";
import { segmentUrls } from "@/lib/catalog/urls";

export type Span =
  { type: "text"; text: string } | { type: "link"; href: string; text: string; kind: LinkKind };

export type Block =
  { type: "paragraph"; spans: Span[] } | { type: "list"; ordered: boolean; items: Span[][] };

/** What the import stored that the description follows. */
export type DescriptionContext = {
  /** The episode's links: a URL of the text takes its kind from them. */
  links: readonly { url: string; kind: string }[];
  /** How the show words a course promotion: the labels of its course links across the catalog. */
  promotions: readonly string[];
};

export type RenderedDescription = {
  /** The episode's own text. */
  body: Block[];
  /** Lines promoting the host's courses, books or donations. */
  promos: Block[];
};

const BULLET = /^\s*[-•*⁃]\s+/;
const NUMBERED = /^\s*\d{1,2}[.)]\s+/;

/** "https://www.example.com/a/very/long/path" -> "example.com/a/very/long/path", clipped in the middle. */
export function displayUrl(url: string, max = 48): string {
  const bare = url
    .replace(/^https?:\/\//i, "")
    .replace(/^www\./i, "")
    .replace(/\/$/, "");
  if (bare.length <= max) return bare;
  const head = bare.slice(0, Math.ceil(max * 0.6));
  const tail = bare.slice(bare.length - Math.floor(max * 0.4) + 1);
  return `${head}…${tail}`;
}

type Known = { kinds: Map<string, LinkKind>; promotions: string[] };

function known(context: DescriptionContext): Known {
  const kinds = new Map<string, LinkKind>();
  for (const link of context.links) {
    const kind = linkKindSchema.safeParse(link.kind);
    if (kind.success && URL.canParse(link.url)) kinds.set(linkKey(link.url), kind.data);
  }
  return { kinds, promotions: context.promotions.map((label) => label.toLowerCase()) };
}

function spansOf(line: string, label: string | null, known: Known): Span[] {
  return segmentUrls(line).map((segment) =>
    segment.kind === "text"
      ? { type: "text", text: segment.text }
      : {
          type: "link",
          href: segment.url,
          text: displayUrl(segment.text),
          kind: known.kinds.get(linkKey(segment.url)) ?? classifyLink(segment.url, label, NO_SHOW_RULES),
        },
  );
}

function isPromoLine(line: string, spans: Span[], known: Known): boolean {
  const links = spans.filter((span) => span.type === "link");
  if (links.some((span) => span.kind === "course" || span.kind === "support")) {
    // A line that is mostly a promotion; a sentence that merely mentions a course link stays.
    const text = spans
      .filter((span) => span.type === "text")
      .map((span) => span.text)
      .join("")
      .trim();
    return text.length < 160;
  }
  if (links.length > 0) return false;
  // A line that is mostly the wording of a course promotion, its link given elsewhere or not at all.
  const trimmed = line.trim().toLowerCase();
  return known.promotions.some((label) => trimmed.includes(label) && trimmed.length - label.length < 40);
}

/**
 * renderDescription("Intro text\n- point one\n- point two\nGet my course https://backend.win",
 *   { links: [{ url: "https://backend.win", kind: "course" }], promotions: ["Get my course"] }) ->
 *   { body: [paragraph, list], promos: [paragraph with a course link] }
 */
export function renderDescription(description: string, context: DescriptionContext): RenderedDescription {
  const stored = known(context);
  const lines = description.split("\n");
  const body: Block[] = [];
  const promos: Block[] = [];
  let list: { ordered: boolean; items: Span[][] } | null = null;

  const closeList = () => {
    if (list) body.push({ type: "list", ...list });
    list = null;
  };

  lines.forEach((line, index) => {
    if (!line.trim()) {
      closeList();
      return;
    }
    const previous = lines[index - 1]?.trim() ?? "";
    const spans = spansOf(line, previous.length < 140 ? previous : null, stored);
    const next = lines[index + 1]?.trim() ?? "";
    const nextIsCourseUrl =
      /^\S+$/.test(next) &&
      spansOf(next, line, stored).some((span) => span.type === "link" && span.kind === "course");
    if (
      isPromoLine(line, spans, stored) ||
      (nextIsCourseUrl && line.trim().length < 140 && !/^https?:/.test(line))
    ) {
      closeList();
      promos.push({ type: "paragraph", spans });
      return;
    }
    const bullet = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (bullet) {
      const ordered = !BULLET.test(line);
      if (list && list.ordered !== ordered) closeList();
      list ??= { ordered, items: [] };
      list.items.push(spansOf(line.slice(bullet[0].length), null, stored));
      return;
    }
    closeList();
    body.push({ type: "paragraph", spans });
  });
  closeList();
  return { body, promos: mergeLabelLines(promos) };
}

/** A promo label line followed by its URL line reads better as one line: "Course name — url". */
function mergeLabelLines(blocks: Block[]): Block[] {
  const merged: Block[] = [];
  for (const block of blocks) {
    const previous = merged.at(-1);
    const isUrlOnly =
      block.type === "paragraph" &&
      block.spans.every((span) => span.type === "link" || span.text.trim() === "") &&
      block.spans.some((span) => span.type === "link");
    const previousHasLink =
      previous?.type === "paragraph" && previous.spans.some((span) => span.type === "link");
    if (isUrlOnly && previous?.type === "paragraph" && !previousHasLink) {
      previous.spans.push({ type: "text", text: " " }, ...block.spans);
    } else {
      merged.push(block);
    }
  }
  return merged;
}
