// What goes into the FTS5 index (search_index, laid out as lib/catalog/search-index.ts says) and the
// vocabulary table that prefixes, compound words and typo correction draw from. Pure: the import writes
// these rows.
import { linkRole, withoutPromotions } from "@/lib/catalog/promotions";
import type { Catalog } from "@/lib/catalog/schema";
import { chaptersColumn } from "@/lib/catalog/search-index";
import { segmentUrls } from "@/lib/catalog/urls";

export type SearchRow = {
  /** The episode's database id: its 1-based position in the catalog. */
  rowid: number;
  title: string;
  body: string;
  chapters: string;
  variants: string;
};

/** Compound tokens the index keeps whole: io_uring, HTTP/2, TLS_HW, TCP/IP, Text/code. */
const COMPOUND = /[\p{L}\p{N}]+(?:[_/][\p{L}\p{N}]+)+/gu;

/**
 * Other spellings of the compound tokens in `text`, so "io uring", "iouring" and "io_uring" all find
 * "io_uring": variantsOf("io_uring and HTTP/2") -> "io uring iouring http 2 http2"
 */
export function variantsOf(text: string): string {
  const variants = new Set<string>();
  for (const match of text.matchAll(COMPOUND)) {
    const parts = match[0].toLowerCase().split(/[_/]/);
    variants.add(parts.join(" "));
    variants.add(parts.join(""));
  }
  return [...variants].join(" ");
}

/** Words as the vocabulary keeps them: lower case, letters/digits with inner _ or / kept. */
export function vocabularyWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:[_/][\p{L}\p{N}]+)*/gu) ?? []).filter(
    (word) => word.length >= 3 && word.length <= 40 && !/^\d+$/.test(word),
  );
}

/** Text without its URLs: addresses are noise in results and snippets (their labels stay). */
export function withoutUrls(text: string): string {
  return text
    .split("\n")
    .map((line) =>
      segmentUrls(line)
        .filter((segment) => segment.kind === "text")
        .map((segment) => segment.text)
        .join(" ")
        .replace(/[ \t]+/g, " ")
        .trim(),
    )
    .filter(Boolean)
    .join("\n");
}

/** Path words that say where an article is, never what it is about. */
const ADDRESS_NOISE = new Set(
  "html htm php aspx jsp www com org net index post posts blog blogs news status watch article articles amp".split(
    " ",
  ),
);

/**
 * The words of an address's path, which is often the title of the article it links to:
 * addressWords("https://www.kylehailey.com/post/postgres-partition-pains-lockmanager-waits") ->
 * ["postgres", "partition", "pains", "lockmanager", "waits"]. Hosts, ids and file types are left out.
 */
export function addressWords(url: string): string[] {
  if (!URL.canParse(url)) return [];
  let path = new URL(url).pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: the path as written.
  }
  return path
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => /^\p{L}{3,30}\d{0,2}$/u.test(word) && !ADDRESS_NOISE.has(word));
}

/** Control characters would read as the chapters column's separators: catalog text never needs them. */
const clean = (text: string) => text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ");

/** Per show, how its host words his course promotions: the labels of its course links. */
function coursePromotions(catalog: Catalog): Map<string, string[]> {
  const labels = new Map<string, Set<string>>();
  for (const episode of catalog.episodes) {
    for (const link of episode.links) {
      if (link.kind !== "course" || !link.label) continue;
      const show = labels.get(episode.show) ?? new Set<string>();
      show.add(link.label);
      labels.set(episode.show, show);
    }
  }
  return new Map([...labels].map(([show, set]) => [show, [...set]]));
}

/**
 * searchRows(catalog) -> one row per episode, plus word -> how many episode texts and chapters hold it.
 * The host's promotions (courses, books, support) are left out: they say nothing about the episode.
 */
export function searchRows(catalog: Catalog): { rows: SearchRow[]; terms: Map<string, number> } {
  const promotions = coursePromotions(catalog);
  const rows: SearchRow[] = [];
  const terms = new Map<string, number>();
  const count = (text: string) => {
    for (const word of new Set(vocabularyWords(text))) terms.set(word, (terms.get(word) ?? 0) + 1);
  };
  catalog.episodes.forEach((episode, index) => {
    const own = withoutPromotions(clean(episode.description), {
      links: episode.links,
      promotions: promotions.get(episode.show) ?? [],
    });
    const body = withoutUrls(own);
    const title = clean(episode.displayTitle);
    const addresses = episode.links
      .filter((link) => linkRole(link, link.label) === "reference")
      .flatMap((link) => addressWords(link.url));
    const chapters = episode.chapters.map((chapter) => {
      const subpoints = clean(chapter.subpoints.join(". "));
      const chapterTitle = clean(chapter.title);
      return { title: chapterTitle, subpoints, variants: variantsOf(`${chapterTitle} ${subpoints}`) };
    });
    rows.push({
      rowid: index + 1,
      title,
      body,
      chapters: chaptersColumn(chapters),
      variants: [variantsOf(`${title} ${body}`), ...new Set(addresses)].filter(Boolean).join(" "),
    });
    count(`${title} ${body} ${addresses.join(" ")}`);
    for (const chapter of chapters) count(`${chapter.title} ${chapter.subpoints}`);
  });
  return { rows, terms };
}
