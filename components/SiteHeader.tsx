import type { ReactNode } from "react";
import { routes } from "@/lib/routes";
import { SiteLink } from "./SiteLink";

/** The bar on every page: the site's name, the main sections, and the search box. */
export function SiteHeader({
  sections,
  search,
}: {
  sections: { href: string; label: string }[];
  search?: ReactNode;
}) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <SiteLink href={routes.home} className="site-name">
          许可证指南
        </SiteLink>
        <nav aria-label="主导航" className="site-nav">
          <ul>
            {sections.map((section) => (
              <li key={section.href}>
                <SiteLink href={section.href}>{section.label}</SiteLink>
              </li>
            ))}
          </ul>
        </nav>
        {search}
      </div>
    </header>
  );
}
