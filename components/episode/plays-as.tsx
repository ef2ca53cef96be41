// The badge that says how an episode plays: video, audio, or not yet. Server component; the words come
// from lib/site/playability so every list says the same thing.
import { PlayIcon } from "@/components/ui/icons";
import { playabilityLabel, type Playability } from "@/lib/site/playability";

type Props = {
  kind: Playability;
  className?: string;
  /**
   * The badge only shows what its link already says in words (a chapter link whose name is "Plays the
   * video from 12:30"): hidden from assistive technology so the name does not say it twice.
   */
  decorative?: boolean;
};

export function PlaysAs({ kind, className = "", decorative = false }: Props) {
  if (kind === "none") {
    return (
      <span
        data-playability="none"
        aria-hidden={decorative || undefined}
        className={`badge border border-border text-muted ${className}`}
      >
        {playabilityLabel(kind)}
      </span>
    );
  }
  return (
    <span
      data-playability={kind}
      aria-hidden={decorative || undefined}
      className={`badge bg-accent-soft text-accent-strong ${className}`}
    >
      <PlayIcon className="size-3.5" />
      {playabilityLabel(kind)}
    </span>
  );
}
