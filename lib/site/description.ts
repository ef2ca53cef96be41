// Turns an episode's stored description (plain text, one source line per line) into what its page shows:
// the episode's own text as paragraphs and lists, and the host's promotions (courses, books, ways to
// support the show) set apart for the "From the host" box. Every URL is shown once, labelled by the words
// that introduce it. Pure: no HTML is produced here, and the stored text is never changed.
// What a link is and how the host words a promotion were decided by the import with the show's own rules
// (data/shows/): the page passes the stored links and their labels, and only a URL the import did not
// store is classified here, by the rules true of any show. The cleaning rules are lib/site/text-cleaning.ts.
import { linkKey } from "@/lib/catalog/links";
import {
  canLabel,
  endingPhrase,
  HOST_ROLES,
  isHostRole,
  knownLinks,
  linkRole,
  sentenceTail,
  type HostRole,
  type LinkRole,
  lineParts,
  promotionLead,
  withoutEnding,
  type KnownLinks,
  type LineLink,
  type LinePart,
  type NextLine,
  type PromotionContext,
} from "@/lib/catalog/promotions";
import type { LinkKind } from "@/lib/catalog/schema";
import { displayHost } from "./format";
import { cleanLabel, headingText, HOST_ROLE_HEADINGS, isDecoration, isLinkHeading } from "./text-cleaning";

export type Span =
  | { type: "text"; text: string }
  | {
      type: "link";
      href: string;
      text: string;
      kind: LinkKind;
      role: LinkRole;
      /** Where a link labelled by words goes ("discord.com"), shown beside it; absent when the text is the URL. */
      host?: string;
    };

export type Block =
  { type: "paragraph"; spans: Span[] } | { type: "list"; ordered: boolean; items: Span[][]; start?: number };

/** A block of the "From the host" box: the box heads each kind of promotion. */
export type HostBlock = Block | { type: "heading"; role: HostRole; text: string };

/** What the import stored that the description follows (the episode's links, the show's promotion wording). */
export type DescriptionContext = PromotionContext;
/** A link the import stored for the episode. */
export type StoredLink = DescriptionContext["links"][number];

export type RenderedDescription = {
  /** The episode's own text: no promotion, every URL once. */
  body: Block[];
  /** The host's courses, books and ways to support the show, each kind under its heading. */
  promos: HostBlock[];
  /** linkKey of every URL `body` and `promos` show: a list of the episode's links leaves these out. */
  shown: string[];
};

const BULLET = /^\s*[-•*⁃]\s+/;
const NUMBERED = /^\s*(\d{1,2})[.)]\s+/;
const HAS_WORDS = /[\p{L}\p{N}]/u;

/** "https://www.example.com/a/very/long/path" -> "example.com/a/very/long/path", clipped in the middle. */
export function displayUrl(url: string, max = 48): string {
  const bare = withoutTracking(url)
    .replace(/^https?:\/\//i, "")
    .replace(/^www\./i, "")
    .replace(/\/$/, "");
  if (bare.length <= max) return bare;
  const head = bare.slice(0, Math.ceil(max * 0.6));
  const tail = bare.slice(bare.length - Math.floor(max * 0.4) + 1);
  return `${head}…${tail}`;
}

/** Tracking parameters (utm_…) say nothing to a reader: "…/post/?utm_source=x" -> "…/post/". */
function withoutTracking(url: string): string {
  if (!/[?&]utm_/i.test(url) || !URL.canParse(url)) return url;
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) {
    if (/^utm_/i.test(key)) parsed.searchParams.delete(key);
  }
  return parsed.toString();
}

/** A URL with the text before it that stays in the line. */
type Pair = { before: string; link: LineLink };
/** A URL standing on its own, with the words that label it. */
type Item = { label: string | null; link: LineLink };
/** A promotion cut out of the text: its words and links, for the "From the host" box. */
type Promo = { role: HostRole; spans: Span[]; bare: boolean };

type LineBody =
  | { type: "none" }
  | { type: "text"; text: string }
  | { type: "links"; items: Item[] }
  | { type: "prose"; inline: Pair[]; prose: string; trailing: Item[]; after: string };

type Line = {
  bullet: { ordered: boolean; start: number } | null;
  promos: Promo[];
  body: LineBody;
};

const text = (value: string): Span => ({ type: "text", text: value });

function linkSpan(link: LineLink, role: LinkRole, label: string | null): Span {
  const host = label ? displayHost(link.url) : null;
  return {
    type: "link",
    href: link.url,
    text: label ?? displayUrl(link.url),
    kind: link.kind,
    role,
    ...(host ? { host } : {}),
  };
}

/** A link labelled by the words before it: the link named by them, or "Blog: blog.allegro.tech/…". */
function labelledSpans(words: string | null, link: LineLink, role: LinkRole): Span[] {
  const label = cleanLabel(words);
  if (!label) return [linkSpan(link, role, null)];
  if (label.generic) return [text(`${label.text}: `), linkSpan(link, role, null)];
  return [linkSpan(link, role, label.text)];
}

/** The spans of a promotion: its wording, the link named by the stored label where the wording ends with it. */
function promoSpans(words: string, link: LineLink, role: HostRole): Span[] {
  const stored = cleanLabel(link.stored);
  if (stored && !stored.generic && link.stored) {
    const ending = endingPhrase(words, [link.stored]);
    if (ending && ending.length < words.length) {
      return [
        text(`${words.slice(0, words.length - ending.length).trimEnd()} `),
        linkSpan(link, role, stored.text),
      ];
    }
  }
  return labelledSpans(words || null, link, role);
}

/**
 * Cuts the host's promotions out of a line wherever they are ("Fundamentals of Operating Systems Course
 * https://oscourse.win ktls is brilliant." keeps "ktls is brilliant."): each course, shop or support URL
 * with the clause that leads to it. What stays is the line's own text and its other links.
 */
function cutPromos(parts: LinePart[]) {
  const promos: Promo[] = [];
  const rest: Pair[] = [];
  let previousWasPromo = false;
  for (const part of parts) {
    if (!part.promotion) {
      rest.push({ before: part.before, link: part.link });
      previousWasPromo = false;
      continue;
    }
    const { role, words, own } = part.promotion;
    const spans = promoSpans(words, part.link, role);
    // "paperback https://… ebook https://…": promotions one after another are one.
    const joined =
      previousWasPromo && !HAS_WORDS.test(withoutEnding(own, words)) && promos.at(-1)?.role === role;
    if (joined) {
      const last = promos.at(-1)!;
      last.spans.push(text(" "), ...spans);
      last.bare = false;
    } else {
      promos.push({ role, spans, bare: !words });
    }
    previousWasPromo = true;
  }
  return { promos, rest };
}

/**
 * What is left of a line once its promotions are cut: nothing, text, links standing on their own (a run
 * of URLs, "Label https://…"), or prose whose last URLs may be labelled ("…changed. Mike's blog https://…").
 */
function bodyOf(pairs: Pair[], after: string): LineBody {
  if (pairs.length === 0) {
    const value = after.replace(/\s+/g, " ").trim();
    return HAS_WORDS.test(value) ? { type: "text", text: value } : { type: "none" };
  }
  if (HAS_WORDS.test(after)) {
    // Prose goes on after the last URL: every URL is part of a sentence.
    return { type: "prose", inline: pairs, prose: "", trailing: [], after };
  }
  // The run of URLs that ends the line, each followed only by the next one's label.
  let start = pairs.length - 1;
  while (start > 0 && (!HAS_WORDS.test(pairs[start]!.before) || canLabel(pairs[start]!.before))) start -= 1;
  const first = pairs[start]!;
  const { head, tail } = sentenceTail(first.before);
  const inline = pairs.slice(0, start);
  const hasProse = inline.length > 0 || HAS_WORDS.test(head);
  // After prose, only a capitalized phrase names a link ("Mike's blog"), not "for details and then".
  const labelsFirst = canLabel(tail) && (!hasProse || /^["“'‘\p{Lu}\p{N}]/u.test(tail));
  const trailing: Item[] = pairs.slice(start).map((pair, index) => ({
    label:
      index === 0 ? (labelsFirst ? tail : null) : HAS_WORDS.test(pair.before) ? pair.before.trim() : null,
    link: pair.link,
  }));
  const prose = labelsFirst ? head : first.before;
  if (inline.length === 0 && !HAS_WORDS.test(prose)) return { type: "links", items: trailing };
  return { type: "prose", inline, prose, trailing, after };
}

function readLine(raw: string, previous: string, known: KnownLinks): Line {
  const marker = BULLET.exec(raw) ?? NUMBERED.exec(raw);
  const bullet = marker ? { ordered: !BULLET.test(raw), start: marker[1] ? Number(marker[1]) : 1 } : null;
  const content = marker ? raw.slice(marker[0].length) : raw;
  const { parts, after } = lineParts(content, previous, known);
  const cut = cutPromos(parts);
  return { bullet, promos: cut.promos, body: bodyOf(cut.rest, after) };
}

/** What a text line above `line` is told of it (promotionLead). */
const nextLine = (line: Line | undefined): NextLine | null =>
  line
    ? {
        promotions: line.promos.length,
        bare: line.promos[0]?.bare ?? false,
        hasText: line.body.type !== "none",
      }
    : null;

/**
 * renderDescription("Intro text\n- point one\n- point two\nGet my course https://backend.win",
 *   { links: [{ url: "https://backend.win", kind: "course" }], promotions: ["Get my course"] }) ->
 *   { body: [paragraph, list], promos: [heading "Courses by the host", paragraph with the course link],
 *     shown: ["backend.win"] }
 */
export function renderDescription(description: string, context: DescriptionContext): RenderedDescription {
  const known = knownLinks(context);
  const raws = description.split("\n").filter((line) => !isDecoration(line));
  const lines = raws.map((raw, index) => readLine(raw, raws[index - 1]?.trim() ?? "", known));

  const shown = new Set<string>();
  const body: Block[] = [];
  const promos: Promo[] = [];
  let list: { ordered: boolean; start: number; items: Span[][] } | null = null;
  let group: Span[][] = [];
  /** A heading over links, shown once one of its links is; `spent` when all of them were shown before. */
  let heading: { text: string; spent: boolean } | null = null;

  const closeList = () => {
    if (list) {
      const { ordered, start, items } = list;
      body.push(
        ordered && start !== 1 ? { type: "list", ordered, start, items } : { type: "list", ordered, items },
      );
    }
    list = null;
  };
  const closeGroup = () => {
    if (group.length === 1) body.push({ type: "paragraph", spans: group[0]! });
    if (group.length > 1) body.push({ type: "list", ordered: false, items: group });
    group = [];
  };
  /** Shows the pending heading over links that follow it, or over other text unless its links were all dropped. */
  const flushHeading = (overLinks: boolean) => {
    if (heading && (overLinks || !heading.spent))
      body.push({ type: "paragraph", spans: [text(heading.text)] });
    heading = null;
  };
  const closeAll = () => {
    closeList();
    closeGroup();
  };
  /** Marks a URL shown; false when an earlier line already showed it. */
  const show = (key: string) => {
    if (shown.has(key)) return false;
    shown.add(key);
    return true;
  };
  const addPromo = (promo: Promo) => {
    const spans = promo.spans.filter((span) => span.type === "text" || show(linkKey(span.href)));
    if (spans.some((span) => span.type === "link" || HAS_WORDS.test(span.text)))
      promos.push({ ...promo, spans });
  };
  const itemSpans = (item: Item): Span[] | null =>
    show(item.link.key) ? labelledSpans(item.label, item.link, linkRole(item.link, item.label)) : null;
  /** Prose with its links; a URL shown before stays as text, where the sentence needs it. */
  const proseSpans = (line: Extract<LineBody, { type: "prose" }>): Span[] => {
    const spans: Span[] = [];
    for (const pair of line.inline) {
      spans.push(text(pair.before));
      spans.push(
        show(pair.link.key)
          ? linkSpan(pair.link, linkRole(pair.link, null), null)
          : text(displayUrl(pair.link.url)),
      );
    }
    spans.push(text(line.prose));
    line.trailing.forEach((item, index) => {
      const labelled = itemSpans(item);
      if (labelled) spans.push(...(index > 0 ? [text(" ")] : []), ...labelled);
    });
    spans.push(text(line.after));
    return tidy(spans);
  };
  const lineSpans = (line: Line): Span[] => {
    const lineBody = line.body;
    if (lineBody.type === "text") return [text(lineBody.text)];
    if (lineBody.type === "prose") return proseSpans(lineBody);
    if (lineBody.type === "links") {
      return tidy(
        lineBody.items.flatMap((item, index) => {
          const spans = itemSpans(item);
          return spans ? [...(index > 0 ? [text(" ")] : []), ...spans] : [];
        }),
      );
    }
    return [];
  };

  lines.forEach((line, index) => {
    const next = lines[index + 1];
    line.promos.forEach(addPromo);
    const lineBody = line.body;

    if (lineBody.type === "none") {
      // A blank line ends a list; a line that was only a promotion leaves the text as it was.
      if (line.promos.length === 0) closeAll();
      return;
    }

    if (lineBody.type === "text" && !line.bullet) {
      const words = lineBody.text;
      const lead = promotionLead(words, nextLine(next), known.promotions);
      if (lead === "labels") {
        // "Grab my database course" over its URL: one promotion, the link named by the line.
        const promo = next!.promos[0]!;
        const link = promo.spans.find((span) => span.type === "link");
        if (link?.type === "link") {
          const token = { url: link.href, key: linkKey(link.href), kind: link.kind, stored: null };
          promo.spans = labelledSpans(words, token, promo.role);
          promo.bare = false;
        }
        return;
      }
      if (lead === "wording") {
        addPromo({ role: "course", spans: [text(words)], bare: false });
        return;
      }
      if (lead === "courses") {
        // "Learn more …, check out my courses" over the course links.
        addPromo({ role: next!.promos[0]!.role, spans: [text(words)], bare: false });
        return;
      }
      if (isLinkHeading(words)) {
        closeAll();
        heading = { text: headingText(words), spent: false };
        return;
      }
      if (
        next?.body.type === "links" &&
        !next.bullet &&
        next.body.items.length === 1 &&
        !next.body.items[0]!.label
      ) {
        if (canLabel(words)) {
          // "RCA here" over its URL: the line labels the link.
          next.body.items[0]!.label = words;
          return;
        }
      }
    }

    if (line.bullet) {
      closeGroup();
      const spans = lineSpans(line);
      if (spans.length === 0) return;
      flushHeading(false);
      if (list && list.ordered !== line.bullet.ordered) closeList();
      list ??= { ordered: line.bullet.ordered, start: line.bullet.start, items: [] };
      list.items.push(spans);
      return;
    }

    if (lineBody.type === "links") {
      // Links on lines of their own, a run of URLs included, make one list: a link an item.
      closeList();
      const items = lineBody.items.map(itemSpans).filter((spans) => spans !== null);
      if (items.length === 0) {
        if (heading) heading.spent = true;
        return;
      }
      flushHeading(true);
      group.push(...items);
      return;
    }

    closeAll();
    const spans = lineSpans(line);
    if (spans.length === 0) return;
    flushHeading(false);
    body.push({ type: "paragraph", spans });
  });
  closeAll();

  // A stored promotion the text does not show (another source's wording) still belongs in the box.
  for (const link of context.links) {
    const saved = known.links.get(URL.canParse(link.url) ? linkKey(link.url) : "");
    if (!saved) continue;
    const token = { url: link.url, key: linkKey(link.url), kind: saved.kind, stored: saved.label };
    const role = linkRole(token, saved.label);
    if (isHostRole(role) && !shown.has(token.key)) {
      addPromo({ role, spans: labelledSpans(saved.label, token, role), bare: !saved.label });
    }
  }

  return { body, promos: hostBlocks(promos), shown: [...shown] };
}

/** The box's blocks: each kind of promotion under its heading, courses first, in the text's order. */
function hostBlocks(promos: Promo[]): HostBlock[] {
  return HOST_ROLES.flatMap((role): HostBlock[] => {
    const mine = promos.filter((promo) => promo.role === role);
    if (mine.length === 0) return [];
    return [
      { type: "heading", role, text: HOST_ROLE_HEADINGS[role] },
      ...mine.map((promo): Block => ({ type: "paragraph", spans: tidy(promo.spans) })),
    ];
  });
}

/** Joins neighbouring text, collapses runs of spaces and trims the ends. */
function tidy(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (span.type === "text" && last?.type === "text") last.text += span.text;
    else merged.push(span.type === "text" ? { ...span } : span);
  }
  for (const span of merged) if (span.type === "text") span.text = span.text.replace(/\s+/g, " ");
  const first = merged[0];
  if (first?.type === "text") first.text = first.text.trimStart();
  const last = merged.at(-1);
  if (last?.type === "text") last.text = last.text.trimEnd();
  return merged.filter((span) => span.type === "link" || span.text !== "");
}
