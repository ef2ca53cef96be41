// GET /podcast-cover.png: the artwork the one-show era's feed named in itunes:image, which podcast apps
// keep; it answers 308 to the default show's cover.
import { getDefaultShow } from "@/lib/db/show";
import { coverPath } from "@/lib/site/routes";
import { movedPermanently } from "@/lib/site/redirect";

export async function GET(request: Request) {
  const show = await getDefaultShow();
  if (!show) return new Response("Not Found", { status: 404 });
  return movedPermanently(coverPath(show.slug), request.url);
}
