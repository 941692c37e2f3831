import Link from "next/link";
import type { ReactNode } from "react";
import { routes } from "@/lib/routes";

/** The bar on every page: the site's name, the main sections, and the search box. */
export function SiteHeader({ search }: { search?: ReactNode }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href={routes.home} className="site-name">
          许可证指南
        </Link>
        <nav aria-label="主导航" className="site-nav">
          <ul>
            <li>
              <Link href={routes.licences}>许可证类别</Link>
            </li>
            <li>
              <Link href={routes.topics}>办理事项</Link>
            </li>
            <li>
              <Link href={routes.articles}>全部文章</Link>
            </li>
            <li>
              <Link href={routes.tools}>工具</Link>
            </li>
          </ul>
        </nav>
        {search}
      </div>
    </header>
  );
}
