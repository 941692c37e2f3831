import type { ReactNode } from "react";
import { routes } from "@/lib/routes";
import { siteName } from "@/lib/seo/site";
import { type NavLink, NavList } from "./NavList";
import { SiteLink } from "./SiteLink";

/** The bar on every page: the site's name, the main sections, and the search box. */
export function SiteHeader({ sections, search }: { sections: readonly NavLink[]; search?: ReactNode }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <SiteLink href={routes.home} className="site-name">
          {siteName}
        </SiteLink>
        <nav aria-label="主导航" className="site-nav">
          <NavList links={sections} />
        </nav>
        {search}
      </div>
    </header>
  );
}
