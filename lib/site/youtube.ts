// Links into YouTube that the pages, the player and the JSON-LD use: a video at a second, its embed and
// thumbnail, or a search on the show's channel when the episode's video is not known yet. What a
// YouTube URL means is read by lib/catalog/youtube.ts.
import { youtubeChannelPath } from "@/lib/catalog/youtube";

/** The privacy-enhanced host the player and embeds load from (it sets no cookies before playback). */
export const YOUTUBE_EMBED_ORIGIN = "https://www.youtube-nocookie.com";

/** watchUrl("yGjGc21mmoU", 1200) -> "https://www.youtube.com/watch?v=yGjGc21mmoU&t=1200s" */
export function watchUrl(videoId: string, seconds = 0): string {
  const url = `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`;
  return seconds > 0 ? `${url}&t=${Math.floor(seconds)}s` : url;
}

/** embedUrl("yGjGc21mmoU") -> "https://www.youtube-nocookie.com/embed/yGjGc21mmoU" */
export function embedUrl(videoId: string): string {
  return `${YOUTUBE_EMBED_ORIGIN}/embed/${encodeURIComponent(videoId)}`;
}

/** thumbnailUrl("yGjGc21mmoU") -> "https://i.ytimg.com/vi/yGjGc21mmoU/hqdefault.jpg" */
export function thumbnailUrl(videoId: string): string {
  return `https://i.ytimg.com/vi/${encodeURIComponent(videoId)}/hqdefault.jpg`;
}

/**
 * The show's YouTube channel among its links, or null.
 * showChannelUrl([{ url: "https://x.com/hnasr" }, { url: "http://www.youtube.com/c/HusseinNasser" }])
 *   -> "http://www.youtube.com/c/HusseinNasser"
 */
export function showChannelUrl(links: readonly { url: string }[]): string | null {
  return links.find((link) => youtubeChannelPath(link.url) !== null)?.url ?? null;
}

/**
 * A search for `query` on the channel (from the show's YouTube channel link), or on all of YouTube
 * when the channel is unknown.
 * channelSearchUrl("https://www.youtube.com/c/HusseinNasser-software-engineering", "Kernel level TLS")
 *   -> "https://www.youtube.com/c/HusseinNasser-software-engineering/search?query=Kernel+level+TLS"
 */
export function channelSearchUrl(channelUrl: string | null, query: string): string {
  const channel = channelUrl === null ? null : youtubeChannelPath(channelUrl);
  if (channel !== null) return `https://www.youtube.com${channel}/search?${new URLSearchParams({ query })}`;
  return `https://www.youtube.com/results?${new URLSearchParams({ search_query: query })}`;
}
