// How an episode plays from a chapter time, in the words every list, card, search hit and topic moment
// uses: the video at that second, the audio at that second, or not yet (no media linked).

export type Playability = "video" | "audio" | "none";

/** What the catalog knows about an episode's media. */
export type MediaRefs = { youtubeId: string | null; audioUrl?: string | null };

export function playability({ youtubeId, audioUrl = null }: MediaRefs): Playability {
  if (youtubeId) return "video";
  if (audioUrl) return "audio";
  return "none";
}

/** The short label: "Plays video" / "Plays audio" / "Not playable yet". */
export function playabilityLabel(kind: Playability): string {
  if (kind === "video") return "Plays video";
  if (kind === "audio") return "Plays audio";
  return "Not playable yet";
}

/** Said of a chapter time: "Plays the video from 12:30" / "… audio …" / "No video or audio linked yet". */
export function playsFromLabel(kind: Playability, time: string): string {
  if (kind === "video") return `Plays the video from ${time}`;
  if (kind === "audio") return `Plays the audio from ${time}`;
  return "No video or audio linked yet";
}
