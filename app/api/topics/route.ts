// GET /api/topics — every topic with its episode count, in taxonomy order.
import { apiJson } from "@/lib/feeds/http";
import { listTopicSummaries } from "@/lib/feeds/queries";

// Answered per request so the API's own Cache-Control applies (a prerendered route gets Next's).
export const dynamic = "force-dynamic";

export async function GET() {
  return apiJson(await listTopicSummaries());
}
