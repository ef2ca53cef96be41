// Reads a curated JSON array file (facts, topics) against a zod schema. Every problem comes back as
// an issue naming the file and the line of the entry at fault, never as an exception.
import type { z } from "zod";
import type { Issue } from "@/lib/catalog/schema";

export type JsonArrayFile<T> = {
  entries: T[];
  /** Line where each entry starts. */ lines: number[];
  issues: Issue[];
};

/** parseJsonArray(text, "facts.json", schema, "facts") -> { entries, lines, issues } */
export function parseJsonArray<T>(
  text: string,
  file: string,
  schema: z.ZodType<T[]>,
  code: string,
): JsonArrayFile<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split("\n").length : 1;
    return {
      entries: [],
      lines: [],
      issues: [{ file, line, severity: "error", code: `${code}-json`, message: `invalid JSON: ${message}` }],
    };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) {
    return {
      entries: parsed.data,
      lines: parsed.data.map((_, index) => lineOfEntry(text, index)),
      issues: [],
    };
  }
  const issues = parsed.error.issues.map((problem): Issue => {
    const index = typeof problem.path[0] === "number" ? problem.path[0] : null;
    const where = problem.path
      .map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`))
      .join("");
    return {
      file,
      line: index === null ? 1 : lineOfEntry(text, index),
      severity: "error",
      code: `${code}-schema`,
      message: `${where}: ${problem.message}`,
    };
  });
  return { entries: [], lines: [], issues };
}

/** The line where the index-th object of a top-level JSON array starts. */
function lineOfEntry(text: string, index: number): number {
  let depth = 0;
  let count = -1;
  let inString = false;
  for (let position = 0; position < text.length; position += 1) {
    const char = text[position]!;
    if (inString) {
      if (char === "\\") position += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") {
      if (depth === 1 && char === "{" && ++count === index) return text.slice(0, position).split("\n").length;
      depth += 1;
    } else if (char === "}" || char === "]") depth -= 1;
  }
  return 1;
}
