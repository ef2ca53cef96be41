// Links into YouTube that the pages render: a video at a second, or a search on the show's channel
// when the episode's video is not known yet.

/** watchUrl("yGjGc21mmoU", 1200) -> "https://www.youtube.com/watch?v=yGjGc21mmoU&t=1200s" */
export function watchUrl(videoId: string, seconds = 0): string {
  const url = `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`;
  return seconds > 0 ? `${url}&t=${Math.floor(seconds)}s` : url;
}

/**
 * A search for `query` on the channel (from the show's YouTube channel link), or on all of YouTube
 * when the channel is unknown.
 * channelSearchUrl("https://www.youtube.com/c/HusseinNasser-software-engineering", "Kernel level TLS")
 *   -> "https://www.youtube.com/c/HusseinNasser-software-engineering/search?query=Kernel+level+TLS"
 */
export function channelSearchUrl(channelUrl: string | null, query: string): string {
  const params = new URLSearchParams({ query });
  if (channelUrl && URL.canParse(channelUrl)) {
    const channel = new URL(channelUrl);
    if (
      /(^|\.)youtube\.com$/.test(channel.hostname) &&
      /^\/(c\/|channel\/|user\/|@)/.test(channel.pathname)
    ) {
      return `https://www.youtube.com${channel.pathname.replace(/\/+$/, "")}/search?${params}`;
    }
  }
  return `https://www.youtube.com/results?${new URLSearchParams({ search_query: query })}`;
}
