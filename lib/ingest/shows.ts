// Which show each source file belongs to. In this order: the show stated at import (the sources
// folder's shows.json, written by `import --show`), the show its feed channel or page header names, the
// default show. Pure: the CLI reads the files, lib/ingest/build.ts parses each file with its show's rules.
import { z } from "zod";
import type { Issue, ShowAssignment } from "@/lib/catalog/schema";
import { normalizeForCompare } from "@/lib/catalog/text";
import { parseJsonObject } from "./json-file";
import type { ShowFile } from "./show-rules";
import { slugify, uniqueSlug } from "./slugs";

/** The file in a sources folder that states the show of some of its files: file name -> show name. */
export const STATED_SHOWS_FILE = "shows.json";

const statedShowsSchema = z.record(
  z.string().regex(/^[^/\\]+\.(txt|xml)$/i, "a .txt or .xml file name of this folder"),
  z.string().trim().min(1),
);

/** parseStatedShows('{ "radio.xml": "Network Stack Radio" }', "shows.json") -> { stated: Map, issues } */
export function parseStatedShows(
  text: string,
  file: string,
): { stated: Map<string, string>; issues: Issue[] } {
  const parsed = parseJsonObject(text, file, statedShowsSchema, "stated-shows");
  return { stated: new Map(Object.entries(parsed.value ?? {})), issues: parsed.issues };
}

/** One show of the catalog before its episodes: its data file, or only the name its sources give. */
export type ShowEntry = { slug: string; name: string; file: ShowFile | null; isDefault: boolean };

export type SourceClaim = {
  file: string;
  /** The show stated for the file at import, or null. */
  stated: string | null;
  /** The show the file names itself (feed channel title, page header), or null. */
  named: { name: string; by: "feed-channel" | "page-header" } | null;
};

export type SourceShow = { file: string; show: string; assignedBy: ShowAssignment };

const UNTITLED = "Untitled show";

/**
 * assignShows([{ file: "radio.xml", stated: null, named: { name: "Network Stack Radio", by: "feed-channel" } }], files)
 * -> { shows: [default, …, { slug: "network-stack-radio", … }], sources: [{ file: "radio.xml", show:
 * "network-stack-radio", assignedBy: "feed-channel" }] }. Names match a show file's name or aliases
 * whatever their case and punctuation; a name nothing matches is a new show. The default show comes
 * first: the file marked default, else the first file by name, else the first show a source names.
 */
export function assignShows(
  claims: SourceClaim[],
  showFiles: ShowFile[],
): { shows: ShowEntry[]; sources: SourceShow[] } {
  const shows: ShowEntry[] = [...showFiles]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((file) => ({ slug: file.slug, name: file.name, file, isDefault: false }));
  const byName = new Map<string, ShowEntry>();
  for (const show of shows)
    for (const name of [show.name, ...show.file!.aliases]) byName.set(normalizeForCompare(name), show);
  const usedSlugs = new Set(shows.map((show) => show.slug));
  const showNamed = (name: string): ShowEntry => {
    const key = normalizeForCompare(name);
    const known = byName.get(key);
    if (known) return known;
    const show = { slug: uniqueSlug(slugify(name), usedSlugs), name, file: null, isDefault: false };
    shows.push(show);
    byName.set(key, show);
    return show;
  };

  // A page may name its show inside a longer line ("Acerca de <show>", "<show> Hussein Nasser"):
  // a known show whose whole name it holds is that show.
  const knownInside = (name: string): ShowEntry | null => {
    const padded = ` ${normalizeForCompare(name)} `;
    let best: { show: ShowEntry; length: number } | null = null;
    for (const [key, show] of byName) {
      if (show.file === null || key.length < 8 || !padded.includes(` ${key} `)) continue;
      if (!best || key.length > best.length) best = { show, length: key.length };
    }
    return best?.show ?? null;
  };
  const assigned = claims.map((claim) => {
    if (claim.stated !== null) return { claim, show: showNamed(claim.stated), by: "stated" as const };
    if (claim.named !== null) {
      const named = byName.get(normalizeForCompare(claim.named.name)) ?? knownInside(claim.named.name);
      return { claim, show: named ?? showNamed(claim.named.name), by: claim.named.by };
    }
    return { claim, show: null, by: "default" as const };
  });
  const fallback = shows.find((show) => show.file?.default) ?? shows[0] ?? showNamed(UNTITLED);
  fallback.isDefault = true;
  return {
    shows: [fallback, ...shows.filter((show) => show !== fallback)],
    sources: assigned.map(({ claim, show, by }) => ({
      file: claim.file,
      show: (show ?? fallback).slug,
      assignedBy: by,
    })),
  };
}
