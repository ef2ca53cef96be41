// GET /episodes?video=1…: the one-show era's filtered and later pages of the episode list (and, through
// next.config.ts, its older "/?video=1…" links). They were the default show's list, so they answer 308
// to its page with the same query; the page drops what it does not know from its canonical URL.
import { getDefaultShow } from "@/lib/db/show";
import { movedPermanently } from "@/lib/site/redirect";
import { showPath } from "@/lib/site/routes";

export async function GET(request: Request) {
  const show = await getDefaultShow();
  if (!show) return new Response("Not Found", { status: 404 });
  return movedPermanently(showPath(show.slug), request.url);
}
