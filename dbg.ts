import { readFileSync } from "node:fs";
import { pageLines } from "@/lib/ingest/text/lines";
const text = readFileSync(process.argv[2]!, "utf8");
const lines = pageLines(text.split("\n").map((t, i) => ({ text: t, number: i + 1 })));
for (const l of lines) console.log(l.number, l.kind, l.titleLike, l.text.slice(0, 60));
