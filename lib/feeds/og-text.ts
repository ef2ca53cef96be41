// Text for the generated Open Graph images. next/og draws with the Geist font it bundles; a glyph that
// font lacks (emoji, CJK, …) makes it download a font or emoji from the network, so such characters
// are dropped here instead. Pure.
import { formatDuration } from "@/lib/catalog/time";

// The characters of Basic Latin, Latin-1, Latin Extended-A and general punctuation that Geist Regular
// has (read from its cmap): dashes, curly quotes, daggers, bullet, ellipsis, primes, angle quotes.
const DRAWABLE =
  /[\u0020-\u007E\u00A0-\u00AC\u00AE-\u0113\u0116-\u012B\u012E-\u0137\u0139-\u013E\u0141-\u0148\u014A-\u014D\u0150-\u017E\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2032\u2033\u2039\u203A]/u;

/** ogSafeText("Postgres 🐘 18 gets “async” IO") -> "Postgres 18 gets “async” IO" */
export function ogSafeText(text: string): string {
  return [...text]
    .map((char) => (DRAWABLE.test(char) ? char : " "))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** Title size that keeps long titles within three lines of the 1200×630 card. */
export function ogTitleSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 70) return 62;
  return 50;
}

/** ogEpisodeFacts({ chapterCount: 14, durationSeconds: 2472, durationPrecision: "second" }) -> "14 chapters · 41:12" */
export function ogEpisodeFacts(episode: {
  chapterCount: number;
  durationSeconds: number | null;
  durationPrecision: string | null;
}): string {
  const facts: string[] = [];
  if (episode.chapterCount > 0) {
    facts.push(episode.chapterCount === 1 ? "1 chapter" : `${episode.chapterCount} chapters`);
  }
  if (episode.durationSeconds !== null) {
    facts.push(
      `${episode.durationPrecision === "minute" ? "~" : ""}${formatDuration(episode.durationSeconds)}`,
    );
  }
  return facts.join(" · ");
}
