// The links an episode's description carries, grouped by what they are. Links to other episodes of
// the catalog are shown as internal links first; the host's promotions come last and quieter.
import Link from "next/link";
import type { EpisodeDetail } from "@/lib/db/episodes";
import { displayUrl } from "@/lib/site/description";
import { displayHost } from "@/lib/site/format";
import { episodePath } from "@/lib/site/routes";

type LinkItem = EpisodeDetail["links"][number];

const groups: { kind: string; heading: string }[] = [
  { kind: "youtube", heading: "Videos" },
  { kind: "reference", heading: "References" },
  { kind: "social", heading: "Elsewhere" },
  { kind: "course", heading: "Courses by the host" },
  { kind: "support", heading: "Support the show" },
];

function ExternalLink({ link }: { link: LinkItem }) {
  return (
    <a
      href={link.url}
      rel="noopener noreferrer nofollow"
      className="group flex flex-col rounded-lg px-3 py-2 hover:bg-surface-2"
    >
      <span className="break-words text-foreground group-hover:text-accent">
        {link.label ?? displayUrl(link.url)}
      </span>
      <span className="text-xs text-muted">
        {link.label ? displayUrl(link.url, 60) : displayHost(link.url)}
      </span>
    </a>
  );
}

/** `show`: the page's show slug; a mentioned episode of another show says which show it is from. */
export function EpisodeLinks({ links, show }: { links: LinkItem[]; show: string }) {
  const crossLinks = links.filter((link) => link.targetEpisode);
  const external = links.filter((link) => !link.targetEpisode);
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="links-heading" className="mt-10">
      <h2 id="links-heading" className="text-lg font-semibold tracking-tight">
        Links
      </h2>
      {crossLinks.length > 0 && (
        <div className="mt-4">
          <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">Episodes mentioned</h3>
          <ul className="mt-1">
            {crossLinks.map((link) => (
              <li key={link.url}>
                <Link
                  href={episodePath(link.targetEpisode!.show.slug, link.targetEpisode!.slug)}
                  className="flex flex-col rounded-lg px-3 py-2 hover:bg-surface-2"
                >
                  <span className="text-accent">{link.targetEpisode!.title}</span>
                  <span className="text-xs text-muted">
                    {link.targetEpisode!.show.slug === show
                      ? "Episode page in this catalog"
                      : `Episode of ${link.targetEpisode!.show.name} in this catalog`}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {groups.map(({ kind, heading }) => {
        const items = external.filter((link) => link.kind === kind);
        if (items.length === 0) return null;
        const promo = kind === "course" || kind === "support";
        return (
          <div
            key={kind}
            className={promo ? "mt-4 rounded-xl border border-dashed border-border p-2" : "mt-4"}
          >
            <h3
              className={`text-xs font-semibold tracking-wide text-muted uppercase ${promo ? "px-1 pt-1" : ""}`}
            >
              {heading}
            </h3>
            <ul className="mt-1">
              {items.map((link) => (
                <li key={link.url}>
                  <ExternalLink link={link} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
