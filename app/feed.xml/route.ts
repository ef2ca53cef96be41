// GET /feed.xml: the podcast feed of the one-show era. Podcast apps subscribed to it follow a redirect
// (not a 404), so it answers 308 to the default show's own feed.
import { getDefaultShow } from "@/lib/db/show";
import { movedPermanently } from "@/lib/site/redirect";
import { showFeedPath } from "@/lib/site/routes";

export async function GET(request: Request) {
  const show = await getDefaultShow();
  if (!show) return new Response("Not Found", { status: 404 });
  return movedPermanently(showFeedPath(show.slug), request.url);
}
