// What the layout's player asks of the thing that really plays: the YouTube iframe player
// (youtube-engine.ts) or an <audio> element (audio-engine.ts). Engines report through `EngineEvents`;
// the player store (player-store.ts) turns the reports into what the page and the mini-player show.

export type EnginePhase =
  { kind: "loading" } | { kind: "ready" } | { kind: "failed"; reason: string; seconds: number };

export type EngineEvents = {
  onPhase(phase: EnginePhase): void;
  /** Where playback is, in seconds: reported while playing and after every seek. */
  onTime(seconds: number): void;
  onPlaying(playing: boolean): void;
  /** The media's length once the engine knows it. */
  onDuration(seconds: number): void;
};

export type MediaEngine = {
  /** Plays from `seconds`; before the media is ready, the latest wish wins. */
  playFrom(seconds: number): void;
  play(): void;
  pause(): void;
  /** Lets go of the media; nothing is reported afterwards. */
  dispose(): void;
};
