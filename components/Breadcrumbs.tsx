import Link from "next/link";
import { breadcrumbList, type Crumb, graph } from "@/lib/seo/json-ld";
import { JsonLd } from "./JsonLd";

export type { Crumb };

/** Where the page sits in the site; the last crumb is the page itself. Search engines get the same trail. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="面包屑导航" className="breadcrumbs">
      <ol>
        {trail.map((crumb, index) => (
          <li key={crumb.href ?? crumb.label}>
            {crumb.href && index < trail.length - 1 ? (
              <Link href={crumb.href}>{crumb.label}</Link>
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
