// HTML character references back to text: the named ones feeds and our own escaping use, and every
// numeric one. Shared by the feed importer (HTML descriptions) and the search views (marked snippets).
// Pure; not an HTML parser.

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  bull: "•",
  middot: "·",
  copy: "©",
  reg: "®",
  trade: "™",
  eacute: "é",
  egrave: "è",
  aacute: "á",
  agrave: "à",
  ouml: "ö",
  uuml: "ü",
  auml: "ä",
  szlig: "ß",
  times: "×",
  rarr: "→",
  larr: "←",
  euro: "€",
  pound: "£",
  zwj: "",
  zwnj: "",
  shy: "",
};

/**
 * decodeEntities("Q&amp;A &#8211; &#x1F600;") -> "Q&A – 😀". Unknown names stay as written; numeric
 * references to no character (0, surrogates, past U+10FFFF) are dropped.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const valid =
        Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : "";
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}
