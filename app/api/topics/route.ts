// GET /api/topics — every topic with its episode count, in taxonomy order.
import { apiJson, apiRoute } from "@/lib/feeds/http";
import { listTopics } from "@/lib/db/topics";

// Answered per request so the API's own Cache-Control applies (a prerendered route gets Next's).
export const dynamic = "force-dynamic";

export const GET = apiRoute(async () => {
  const topics = await listTopics();
  return apiJson(
    topics.map(({ slug, name, description, episodeCount }) => ({ slug, name, description, episodeCount })),
  );
});
