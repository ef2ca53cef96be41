import { describe, expect, it } from "vitest";
import {
  isYoutubeHost,
  isYoutubeUrl,
  parseYoutubeTime,
  youtubeChannelPath,
  youtubeVideo,
} from "@/lib/catalog/youtube";

describe("isYoutubeHost / isYoutubeUrl", () => {
  it("knows YouTube's hosts and their subdomains", () => {
    for (const host of [
      "youtube.com",
      "www.youtube.com",
      "m.youtube.com",
      "youtu.be",
      "www.youtube-nocookie.com",
    ]) {
      expect(isYoutubeHost(host)).toBe(true);
    }
    expect(isYoutubeHost("WWW.YOUTUBE.COM")).toBe(true);
  });

  it("refuses look-alikes and other sites", () => {
    for (const host of ["notyoutube.com", "youtube.com.evil.example", "vimeo.com", "ytimg.com"]) {
      expect(isYoutubeHost(host)).toBe(false);
    }
    expect(isYoutubeUrl("http://www.youtube.com/c/HusseinNasser-software-engineering")).toBe(true);
    expect(isYoutubeUrl("https://vimeo.com/1")).toBe(false);
    expect(isYoutubeUrl("not a url")).toBe(false);
  });
});

describe("youtubeVideo", () => {
  it("reads the id from every common URL shape", () => {
    const id = "yGjGc21mmoU";
    for (const url of [
      `https://www.youtube.com/watch?v=${id}`,
      `https://www.youtube.com/watch?feature=share&v=${id}`,
      `https://youtu.be/${id}`,
      `https://www.youtube.com/embed/${id}`,
      `https://www.youtube-nocookie.com/embed/${id}?rel=0`,
      `https://www.youtube.com/shorts/${id}`,
      `https://www.youtube.com/live/${id}?si=abc`,
      `https://m.youtube.com/watch?v=${id}`,
    ]) {
      expect(youtubeVideo(url), url).toEqual({ id });
    }
  });

  it("reads the start time from t=, start= or #t=", () => {
    expect(youtubeVideo("https://www.youtube.com/watch?v=fVKPrDrEwTI&t=1s")).toEqual({
      id: "fVKPrDrEwTI",
      startSeconds: 1,
    });
    expect(youtubeVideo("https://www.youtube.com/watch?v=J6CBdSCB_fY&t=76s")?.startSeconds).toBe(76);
    expect(youtubeVideo("https://youtu.be/J6CBdSCB_fY?t=1m16s")?.startSeconds).toBe(76);
    expect(youtubeVideo("https://www.youtube.com/embed/J6CBdSCB_fY?start=76")?.startSeconds).toBe(76);
    expect(youtubeVideo("https://www.youtube.com/watch?v=J6CBdSCB_fY#t=90")?.startSeconds).toBe(90);
  });

  it("leaves out a start time it cannot read", () => {
    expect(youtubeVideo("https://www.youtube.com/watch?v=J6CBdSCB_fY&t=soon")).toEqual({ id: "J6CBdSCB_fY" });
  });

  it("is null for channels, bad ids and other sites", () => {
    expect(youtubeVideo("http://www.youtube.com/c/HusseinNasser-software-engineering")).toBeNull();
    expect(youtubeVideo("https://www.youtube.com/@hnasr")).toBeNull();
    expect(youtubeVideo("https://www.youtube.com/watch?v=short")).toBeNull();
    expect(youtubeVideo("https://youtu.be/")).toBeNull();
    expect(youtubeVideo("https://vimeo.com/watch?v=yGjGc21mmoU")).toBeNull();
    expect(youtubeVideo("not a url")).toBeNull();
  });
});

describe("parseYoutubeTime", () => {
  it("reads YouTube's h/m/s form and plain seconds", () => {
    expect(parseYoutubeTime("1m16s")).toBe(76);
    expect(parseYoutubeTime("76s")).toBe(76);
    expect(parseYoutubeTime("76")).toBe(76);
    expect(parseYoutubeTime("1h2m3s")).toBe(3723);
    expect(parseYoutubeTime("20m")).toBe(1200);
    expect(parseYoutubeTime("1h30s")).toBe(3630);
    expect(parseYoutubeTime("90m")).toBe(5400);
    expect(parseYoutubeTime(" 12M34S ")).toBe(754);
  });

  it("is null for anything else", () => {
    for (const value of ["", "s", "hms", "-5", "1e3", "34s12m", "1m75s", "1h60m", "12:34", "9999999"]) {
      expect(parseYoutubeTime(value), value).toBeNull();
    }
  });
});

describe("youtubeChannelPath", () => {
  it("reads channel pages in each form", () => {
    expect(youtubeChannelPath("http://www.youtube.com/c/HusseinNasser-software-engineering")).toBe(
      "/c/HusseinNasser-software-engineering",
    );
    expect(youtubeChannelPath("https://youtube.com/@hnasr/")).toBe("/@hnasr");
    expect(youtubeChannelPath("https://www.youtube.com/channel/UC_ML5xP23TOWKUcc-oAE_Eg")).toBe(
      "/channel/UC_ML5xP23TOWKUcc-oAE_Eg",
    );
    expect(youtubeChannelPath("https://www.youtube.com/user/GoogleDevelopers")).toBe(
      "/user/GoogleDevelopers",
    );
  });

  it("is null for videos, other pages and other sites", () => {
    expect(youtubeChannelPath("https://www.youtube.com/watch?v=yGjGc21mmoU")).toBeNull();
    expect(youtubeChannelPath("https://youtu.be/yGjGc21mmoU")).toBeNull();
    expect(youtubeChannelPath("https://www.youtube.com/results?search_query=tls")).toBeNull();
    expect(youtubeChannelPath("https://example.com/c/x")).toBeNull();
    expect(youtubeChannelPath("not a url")).toBeNull();
  });
});
