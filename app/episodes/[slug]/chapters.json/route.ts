// GET /episodes/<slug>/chapters.json: the chapters address the one-show era's feed items carry. Podcast
// apps keep it from the feed they fetched, so it answers 308 to the file under the episode's show; a
// slug no show has is a 404. Web players fetch it cross-origin, and a redirect without CORS headers
// stops such a fetch, so the redirect allows any origin as the file itself does.
import { locateEpisode } from "@/lib/db/episodes";
import { movedPermanently } from "@/lib/site/redirect";
import { chaptersPath } from "@/lib/site/routes";

const cors = { "Access-Control-Allow-Origin": "*" };

export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const located = await locateEpisode(slug);
  if (!located) return new Response("Not Found", { status: 404, headers: cors });
  return movedPermanently(chaptersPath(located.show, located.slug), request.url, cors);
}
