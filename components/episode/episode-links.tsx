// The links of an episode its description does not already show. Links to other episodes of the
// catalog come first, as internal links. The host's promotions (courses, books, support) are never
// listed here: the "From the host" box shows them.
import Link from "next/link";
import type { EpisodeDetail } from "@/lib/db/episodes";
import { linkKey } from "@/lib/catalog/links";
import { linkKindSchema } from "@/lib/catalog/schema";
import { displayUrl, type RenderedDescription } from "@/lib/site/description";
import { displayHost } from "@/lib/site/format";
import { episodePath } from "@/lib/site/routes";
import { isHostRole, linkRole, type LinkRole } from "@/lib/catalog/promotions";
import { cleanLabel } from "@/lib/site/text-cleaning";

type LinkItem = EpisodeDetail["links"][number];

const groups: { role: LinkRole; heading: string }[] = [
  { role: "video", heading: "Videos" },
  { role: "reference", heading: "References" },
  { role: "social", heading: "Elsewhere" },
];

function roleOf(link: LinkItem): LinkRole {
  const kind = linkKindSchema.safeParse(link.kind);
  return kind.success ? linkRole({ url: link.url, kind: kind.data }, link.label) : "reference";
}

function ExternalLink({ link }: { link: LinkItem }) {
  // A label that only says "article" or "here" names nothing: the URL does.
  const label = cleanLabel(link.label);
  const name = label && !label.generic ? label.text : null;
  return (
    <a
      href={link.url}
      rel="noopener noreferrer nofollow"
      className="group flex flex-col rounded-lg px-3 py-2 hover:bg-surface-2"
    >
      <span className="break-words text-foreground group-hover:text-accent">
        {name ?? displayUrl(link.url)}
      </span>
      <span className="text-xs text-muted">{name ? displayUrl(link.url, 60) : displayHost(link.url)}</span>
    </a>
  );
}

/**
 * `show`: the page's show slug; a mentioned episode of another show says which show it is from.
 * `shown`: the URLs the description and the "From the host" box already show (renderDescription's
 * `shown`), left out here so every URL appears once on the page.
 */
export function EpisodeLinks({
  links,
  show,
  shown = [],
}: {
  links: LinkItem[];
  show: string;
  shown?: RenderedDescription["shown"];
}) {
  const onPage = new Set(shown);
  const crossLinks = links.filter((link) => link.targetEpisode);
  const external = links.filter((link) => {
    if (link.targetEpisode || isHostRole(roleOf(link))) return false;
    return !URL.canParse(link.url) || !onPage.has(linkKey(link.url));
  });
  if (crossLinks.length === 0 && external.length === 0) return null;
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
      {groups.map(({ role, heading }) => {
        const items = external.filter((link) => roleOf(link) === role);
        if (items.length === 0) return null;
        return (
          <div key={role} className="mt-4">
            <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">{heading}</h3>
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
