// A publication date's precision as the database stores it (text), read back for the read layer and
// search. The rule itself (a precision comes with a date, month and year dates are first days) is
// in schema.ts.
import { datePrecisionSchema, type DatePrecision } from "./schema";

/**
 * storedPrecision(date, "month") -> "month"; storedPrecision(null, null) -> null. The import writes a
 * precision with every date; a date without one (or with text it never writes) is a calendar day.
 */
export function storedPrecision(
  publishedAt: Date | string | null,
  stored: string | null,
): DatePrecision | null {
  if (publishedAt === null) return null;
  const parsed = datePrecisionSchema.safeParse(stored);
  return parsed.success ? parsed.data : "day";
}
