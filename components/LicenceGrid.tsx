import type { Licence } from "@/lib/content";
import { routes } from "@/lib/routes";
import { SiteLink } from "./SiteLink";

/** Licence categories as tiles: code, official name, the short name readers use, and optionally an article count. */
export function LicenceGrid({
  licences,
  countOf,
}: {
  licences: Licence[];
  countOf?: (id: string) => number;
}) {
  return (
    <ul className="licence-grid">
      {licences.map((licence) => (
        <li key={licence.id}>
          <SiteLink href={routes.licence(licence.id)} className="licence-tile">
            <span className="licence-tile-code">{licence.code}</span>
            <span className="licence-tile-name">{licence.name}</span>
            <span className="licence-tile-short">
              {licence.short}
              {countOf ? ` · ${countOf(licence.id)} 篇` : null}
            </span>
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}
