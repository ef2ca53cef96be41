// What goes into the FTS5 index (search_index, see prisma/migrations) and the vocabulary table that
// typo correction draws from. Pure: the import writes these rows.
import type { Catalog } from "@/lib/catalog/schema";
import { EPISODE_ROWID_STRIDE } from "@/lib/catalog/search-index";
import { segmentUrls } from "@/lib/catalog/urls";

export type SearchRow = {
  rowid: number;
  title: string;
  chapter_title: string;
  body: string;
  variants: string;
  kind: "e" | "c";
  /** 1-based position of the episode in the catalog, which is its database id. */
  episode_id: number;
  chapter_start: number | null;
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

/** searchRows(catalog) -> one row per episode and per chapter, plus word -> row count. */
export function searchRows(catalog: Catalog): { rows: SearchRow[]; terms: Map<string, number> } {
  const rows: SearchRow[] = [];
  catalog.episodes.forEach((episode, index) => {
    const episodeId = index + 1;
    const body = withoutUrls(episode.description);
    if (episode.chapters.length >= EPISODE_ROWID_STRIDE) {
      throw new Error(
        `episode ${episode.slug}: ${episode.chapters.length} chapters, the search index takes at most ${EPISODE_ROWID_STRIDE - 1}`,
      );
    }
    rows.push({
      rowid: episodeId * EPISODE_ROWID_STRIDE,
      title: episode.displayTitle,
      chapter_title: "",
      body,
      variants: variantsOf(`${episode.displayTitle} ${body}`),
      kind: "e",
      episode_id: episodeId,
      chapter_start: null,
    });
    episode.chapters.forEach((chapter, position) => {
      const subpoints = chapter.subpoints.join(". ");
      rows.push({
        rowid: episodeId * EPISODE_ROWID_STRIDE + position + 1,
        title: "",
        chapter_title: chapter.title,
        body: subpoints,
        variants: variantsOf(`${chapter.title} ${subpoints}`),
        kind: "c",
        episode_id: episodeId,
        chapter_start: chapter.start,
      });
    });
  });
  const terms = new Map<string, number>();
  for (const row of rows) {
    for (const word of new Set(vocabularyWords(`${row.title} ${row.chapter_title} ${row.body}`))) {
      terms.set(word, (terms.get(word) ?? 0) + 1);
    }
  }
  return { rows, terms };
}
