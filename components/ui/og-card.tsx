// The pictures next/og draws at build time: the Open Graph cards (1200×630) of the site and of each
// episode, and the square show artwork of the feed. Satori markup: inline styles, flex layout only,
// the bundled Geist font; text goes through ogSafeText so nothing is fetched.
import { ogSafeText, ogTitleSize } from "@/lib/feeds/og-text";

const ACCENT = "#b4380c";
const BACKGROUND = "#fbfaf8";
const FOREGROUND = "#1c1917";
const MUTED = "#57534e";

export const ogSize = { width: 1200, height: 630 };

/** Every picture fills its canvas; satori lays out with flex only. */
const canvas = { width: "100%", height: "100%", display: "flex" } as const;

/** The site's logo: a play triangle on a rounded square (white on the accent colour, or inverted). */
function PlayMark({ size, inverted = false }: { size: number; inverted?: boolean }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32">
      <rect width="32" height="32" rx="8" fill={inverted ? "white" : ACCENT} />
      <path d="M11 9.5v13l11-6.5-11-6.5Z" fill={inverted ? ACCENT : "white"} />
    </svg>
  );
}

function Card({ kicker, title, footer }: { kicker: string; title: string; footer: string }) {
  const safeTitle = ogSafeText(title);
  return (
    <div style={{ ...canvas, background: BACKGROUND, color: FOREGROUND }}>
      <div style={{ width: 24, height: "100%", background: ACCENT }} />
      <div
        style={{
          flex: 1,
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "64px 72px",
        }}
      >
        <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
          <PlayMark size={56} />
          <div style={{ display: "flex", fontSize: 30, color: ACCENT, maxWidth: 900 }}>
            {ogSafeText(kicker)}
          </div>
        </div>
        <div
          style={{
            display: "flex",
            fontSize: ogTitleSize(safeTitle),
            lineHeight: 1.12,
            letterSpacing: -1,
            maxHeight: 380,
            overflow: "hidden",
          }}
        >
          {safeTitle}
        </div>
        <div style={{ display: "flex", fontSize: 30, color: MUTED }}>{ogSafeText(footer)}</div>
      </div>
    </div>
  );
}

/** An episode's card: show name, episode title, chapters and duration. */
export function OgEpisodeCard(props: { showName: string; title: string; facts: string }) {
  return <Card kicker={props.showName} title={props.title} footer={props.facts} />;
}

/** The site's card: show name and what the catalog holds. */
export function OgSiteCard(props: { showName: string; facts: string }) {
  return <Card kicker="Episode guide" title={props.showName} footer={props.facts} />;
}

/** Square artwork for podcast apps (1400×1400). */
export function PodcastCover({ showName }: { showName: string }) {
  const name = ogSafeText(showName);
  return (
    <div
      style={{
        ...canvas,
        flexDirection: "column",
        justifyContent: "space-between",
        background: ACCENT,
        color: "white",
        padding: 120,
      }}
    >
      <PlayMark size={260} inverted />
      <div style={{ display: "flex", fontSize: name.length > 40 ? 104 : 136, lineHeight: 1.08 }}>{name}</div>
      <div style={{ display: "flex", fontSize: 52, color: BACKGROUND }}>Episodes, chapters and links</div>
    </div>
  );
}
