// Reads a curated JSON file (facts, topics, a show's rules) against a zod schema. Every problem comes
// back as an issue naming the file and the line at fault, never as an exception.
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
  // An array file's problems are placed at the entry they belong to, however deep inside it they are.
  const parsed = parseJson(text, file, schema, code, (path) => path.slice(0, 1));
  if (parsed.value === null) return { entries: [], lines: [], issues: parsed.issues };
  const lines = childOffsets(text, skipSpace(text, 0)).map(({ offset }) => lineAt(text, offset));
  return { entries: parsed.value, lines, issues: [] };
}

/** parseJsonObject(text, "show.json", schema, "show") -> { value, issues }; value is null on any problem. */
export function parseJsonObject<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  code: string,
): { value: T | null; issues: Issue[] } {
  return parseJson(text, file, schema, code, (path) => path);
}

function parseJson<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  code: string,
  placed: (path: PropertyKey[]) => PropertyKey[],
): { value: T | null; issues: Issue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(text, Number(position[1])) : 1;
    return {
      value: null,
      issues: [{ file, line, severity: "error", code: `${code}-json`, message: `invalid JSON: ${message}` }],
    };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { value: parsed.data, issues: [] };
  const issues = parsed.error.issues.map((problem): Issue => {
    const where = problem.path
      .map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`))
      .join("");
    return {
      file,
      line: lineAt(text, offsetOfPath(text, placed(problem.path))),
      severity: "error",
      code: `${code}-schema`,
      message: `${where}: ${problem.message}`,
    };
  });
  return { value: null, issues };
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}

/**
 * Where the value at `path` starts in a valid JSON text; when part of the path is not there (a missing
 * property), where the deepest value that is there starts.
 */
function offsetOfPath(text: string, path: PropertyKey[]): number {
  let offset = skipSpace(text, 0);
  for (const key of path) {
    const child = childOffsets(text, offset).find((entry) => entry.key === key);
    if (!child) break;
    offset = child.offset;
  }
  return offset;
}

/** The members of the object or array starting at `offset`: each key (or index) and where its value starts. */
function childOffsets(text: string, offset: number): { key: string | number; offset: number }[] {
  const open = text[offset];
  if (open !== "{" && open !== "[") return [];
  const children: { key: string | number; offset: number }[] = [];
  let position = skipSpace(text, offset + 1);
  while (position < text.length && text[position] !== "}" && text[position] !== "]") {
    let key: string | number = children.length;
    if (open === "{") {
      const end = endOfValue(text, position);
      key = JSON.parse(text.slice(position, end)) as string;
      // Past the colon.
      position = skipSpace(text, skipSpace(text, end) + 1);
    }
    children.push({ key, offset: position });
    position = skipSpace(text, endOfValue(text, position));
    if (text[position] === ",") position = skipSpace(text, position + 1);
  }
  return children;
}

function skipSpace(text: string, offset: number): number {
  let position = offset;
  while (position < text.length && /\s/.test(text[position]!)) position += 1;
  return position;
}

/** Where the string, object, array or scalar starting at `offset` ends (exclusive). */
function endOfValue(text: string, offset: number): number {
  let depth = 0;
  let position = offset;
  while (position < text.length) {
    const char = text[position]!;
    if (char === '"') {
      position += 1;
      while (position < text.length && text[position] !== '"') position += text[position] === "\\" ? 2 : 1;
      position += 1;
    } else if (char === "{" || char === "[") {
      depth += 1;
      position += 1;
    } else if (char === "}" || char === "]") {
      if (depth === 0) return position;
      depth -= 1;
      position += 1;
    } else if (depth === 0 && (char === "," || /\s/.test(char))) {
      return position;
    } else {
      position += 1;
    }
    if (depth === 0 && (char === '"' || char === "}" || char === "]")) return position;
  }
  return position;
}
