import { describe, expect, it } from "vitest";
import { playability, playabilityLabel, playsFromLabel } from "@/lib/site/playability";

describe("playability", () => {
  it("prefers the video, then the audio, else none", () => {
    expect(playability({ youtubeId: "abc", audioUrl: "https://x/a.mp3" })).toBe("video");
    expect(playability({ youtubeId: null, audioUrl: "https://x/a.mp3" })).toBe("audio");
    expect(playability({ youtubeId: null, audioUrl: null })).toBe("none");
    expect(playability({ youtubeId: null })).toBe("none");
  });
  it("words say what happens", () => {
    expect(playabilityLabel("none")).toBe("Not playable yet");
    expect(playsFromLabel("video", "12:30")).toBe("Plays the video from 12:30");
    expect(playsFromLabel("audio", "1:02:03")).toBe("Plays the audio from 1:02:03");
    expect(playsFromLabel("none", "12:30")).not.toMatch(/12:30|plays/i);
  });
});
