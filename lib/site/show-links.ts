// Short labels for the show's links on the home page header ("YouTube channel", "Courses", a host).
// Pure. The header's summary of the show's description is lib/catalog/summary.ts.
import { isYoutubeUrl } from "@/lib/catalog/youtube";
import { displayHost } from "./format";

/** showLinkLabel({ url: "http://www.youtube.com/c/x", kind: "social" }) -> "YouTube channel" */
export function showLinkLabel(link: { url: string; kind: string }): string {
  if (link.kind === "youtube" || isYoutubeUrl(link.url)) return "YouTube channel";
  if (link.kind === "support") return "Support the show";
  if (link.kind === "course") return "Courses";
  return displayHost(link.url) ?? "Link";
}
