import { breadcrumbList, type Crumb, graph } from "@/lib/seo/json-ld";
import { JsonLd } from "./JsonLd";
import { SiteLink } from "./SiteLink";

export type { Crumb };

/** Where the page sits in the site; the last crumb is the page itself. Search engines get the same trail. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="面包屑导航" className="breadcrumbs">
      <ol>
        {trail.map((crumb, index) => (
          <li key={crumb.href ?? crumb.label}>
            {crumb.href && index < trail.length - 1 ? (
              <SiteLink href={crumb.href}>{crumb.label}</SiteLink>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
      <JsonLd data={graph([breadcrumbList(trail)])} />
    </nav>
  );
}
