import { describe, expect, it } from "vitest";
import { channelSearchUrl, embedUrl, showChannelUrl, thumbnailUrl, watchUrl } from "@/lib/site/youtube";

const channel = "https://www.youtube.com/c/HusseinNasser-software-engineering";

describe("video links", () => {
  it("opens a video at a whole second, or at the start", () => {
    expect(watchUrl("yGjGc21mmoU", 1200)).toBe("https://www.youtube.com/watch?v=yGjGc21mmoU&t=1200s");
    expect(watchUrl("yGjGc21mmoU", 95.7)).toBe("https://www.youtube.com/watch?v=yGjGc21mmoU&t=95s");
    expect(watchUrl("yGjGc21mmoU")).toBe("https://www.youtube.com/watch?v=yGjGc21mmoU");
    expect(watchUrl("yGjGc21mmoU", 0)).toBe("https://www.youtube.com/watch?v=yGjGc21mmoU");
  });

  it("embeds from the privacy-enhanced host and names the thumbnail", () => {
    expect(embedUrl("yGjGc21mmoU")).toBe("https://www.youtube-nocookie.com/embed/yGjGc21mmoU");
    expect(thumbnailUrl("yGjGc21mmoU")).toBe("https://i.ytimg.com/vi/yGjGc21mmoU/hqdefault.jpg");
  });
});

describe("showChannelUrl", () => {
  it("finds the channel among the show's links", () => {
    const links = [
      { url: "https://www.buymeacoffee.com/hnasr" },
      { url: "https://www.youtube.com/watch?v=yGjGc21mmoU" },
      { url: "http://www.youtube.com/c/HusseinNasser-software-engineering" },
    ];
    expect(showChannelUrl(links)).toBe("http://www.youtube.com/c/HusseinNasser-software-engineering");
  });

  it("is null when no link is a channel", () => {
    expect(
      showChannelUrl([{ url: "https://youtu.be/yGjGc21mmoU" }, { url: "https://x.com/hnasr" }]),
    ).toBeNull();
    expect(showChannelUrl([])).toBeNull();
  });
});

describe("channelSearchUrl", () => {
  it("searches the show's channel", () => {
    expect(channelSearchUrl(channel, "Kernel level TLS")).toBe(`${channel}/search?query=Kernel+level+TLS`);
    expect(channelSearchUrl("https://youtube.com/@hnasr/", "TLS")).toBe(
      "https://www.youtube.com/@hnasr/search?query=TLS",
    );
  });

  it("searches all of YouTube when the channel is unknown or not a channel", () => {
    expect(channelSearchUrl(null, "a&b")).toBe("https://www.youtube.com/results?search_query=a%26b");
    expect(channelSearchUrl("https://www.youtube.com/watch?v=yGjGc21mmoU", "TLS")).toBe(
      "https://www.youtube.com/results?search_query=TLS",
    );
    expect(channelSearchUrl("https://example.com/c/x", "TLS")).toBe(
      "https://www.youtube.com/results?search_query=TLS",
    );
  });
});
