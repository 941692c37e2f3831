import type { Licence } from "@/lib/content";
import { routes } from "@/lib/routes";
import { SiteLink } from "./SiteLink";

/** The licence categories an article is about, each linking to its category page. */
export function LicenceTags({ licences }: { licences: Licence[] }) {
  return (
    <ul className="tags" aria-label="适用许可证">
      {licences.map((licence) => (
        <li key={licence.id}>
          <SiteLink href={routes.licence(licence.id)} className="tag" title={licence.name}>
            {licence.short}
            {/^B\d\d$/.test(licence.code) ? <span className="tag-code">{licence.code}</span> : null}
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}
