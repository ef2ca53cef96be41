// `catalog parse --explain FILE`: how the importer read a source file, line by line. The record
// shape it inferred, the show the page header names, and each line's role (title, date, duration,
// description, chapter, link, header, chrome) with the episode it went to, so a user sees why a line
// was kept or dropped.
import type { LineRoleEntry, ParseResult } from "@/lib/catalog/schema";
import { parseShowFiles } from "./show-rules";
import { readSources } from "./build";
import type { CatalogInputs } from "./ensure";

const PREVIEW = 72;

/** explainInputs(loaded) -> the text to print: one section per text file given. */
export function explainInputs(loaded: CatalogInputs): string[] {
  const shows = parseShowFiles(loaded.showFiles);
  const { assignment, readings } = readSources(loaded.inputs, shows.shows);
  const lines: string[] = [];
  readings.forEach((result, index) => {
    if (!result) return;
    const input = loaded.inputs.find((candidate) => candidate.file === result.file);
    const shown = loaded.shownPaths.get(result.file) ?? result.file;
    lines.push(
      ...explainResult(result, input?.text ?? "", shown, assignment.sources[index]?.show ?? null),
      "",
    );
  });
  return lines;
}

/** One file's explanation: a summary, then every non-blank line with its role. */
export function explainResult(
  result: ParseResult,
  text: string,
  shown: string,
  show: string | null,
): string[] {
  const out: string[] = [];
  out.push(
    `${shown}: layout ${result.layout}${result.recordShape ? ` — each record: ${result.recordShape}` : ""}`,
  );
  out.push(
    `  show: ${result.show?.name ? `"${result.show.name}"` : "not named on the page"}${show ? ` (catalog show: ${show})` : ""}`,
  );
  out.push(`  episodes: ${result.episodes.length}; chrome lines left out: ${result.boilerplateLines}`);
  result.episodes.forEach((episode, index) => {
    const facts = [
      episode.publishedAt ? `date ${episode.publishedAt}` : null,
      episode.durationSeconds ? `duration ${episode.durationSeconds} s` : null,
      `${episode.chapters.length} chapters`,
      `${episode.links.length} links`,
    ].filter((fact) => fact !== null);
    out.push(
      `  #${index + 1} line ${episode.source.line}: ${episode.title ?? "(untitled)"} — ${facts.join(", ")}`,
    );
  });
  const roles = result.lineRoles;
  if (!roles) {
    out.push(`  (line roles are given for record-shaped pages; this layout reads lines by position)`);
    return out;
  }
  const sourceLines = text.split(/\r\n|\r|\n/);
  out.push("  line  role         ep  text");
  for (const entry of roles) out.push(formatRole(entry, sourceLines[entry.line - 1] ?? ""));
  return out;
}

function formatRole(entry: LineRoleEntry, text: string): string {
  const episode = entry.episode === null ? "  " : String(entry.episode + 1).padStart(2);
  const preview = text.trim().replace(/\s+/g, " ");
  const clipped = preview.length > PREVIEW ? `${preview.slice(0, PREVIEW - 1)}…` : preview;
  const why = entry.why ? `  [${entry.why}]` : "";
  return `  ${String(entry.line).padStart(4)}  ${entry.role.padEnd(11)}  ${episode}  ${clipped}${why}`;
}
