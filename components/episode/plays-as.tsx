// The badge that says how an episode plays: video, audio, or not yet. Server component; the words come
// from lib/site/playability so every list says the same thing.
import { PlayIcon } from "@/components/ui/icons";
import { playabilityLabel, type Playability } from "@/lib/site/playability";

export function PlaysAs({ kind, className = "" }: { kind: Playability; className?: string }) {
  if (kind === "none") {
    return (
      <span
        data-playability="none"
        className={`inline-flex items-center gap-1 rounded-full border border-border px-2.5 py-1 text-xs font-medium text-muted ${className}`}
      >
        {playabilityLabel(kind)}
      </span>
    );
  }
  return (
    <span
      data-playability={kind}
      className={`inline-flex items-center gap-1 rounded-full bg-accent-soft px-2.5 py-1 text-xs font-medium text-accent-strong ${className}`}
    >
      <PlayIcon className="size-3.5" />
      {playabilityLabel(kind)}
    </span>
  );
}
