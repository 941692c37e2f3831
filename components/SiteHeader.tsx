import type { ReactNode } from "react";
import { routes } from "@/lib/routes";
import { SiteLink } from "./SiteLink";

/** The bar on every page: the site's name, the main sections, and the search box. */
export function SiteHeader({ search }: { search?: ReactNode }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <SiteLink href={routes.home} className="site-name">
          许可证指南
        </SiteLink>
        <nav aria-label="主导航" className="site-nav">
          <ul>
            <li>
              <SiteLink href={routes.licences}>许可证类别</SiteLink>
            </li>
            <li>
              <SiteLink href={routes.topics}>办理事项</SiteLink>
            </li>
            <li>
              <SiteLink href={routes.articles}>全部文章</SiteLink>
            </li>
          </ul>
        </nav>
        {search}
      </div>
    </header>
  );
}
