import type { Metadata } from "next";
import { NavList } from "@/components/NavList";
import { routes } from "@/lib/routes";
import { getSite } from "@/lib/site";

export const metadata: Metadata = { title: "页面不存在" };

/** Shown for any address the site does not publish. */
export default function NotFound() {
  const { pages, featured } = getSite();
  // The guide most readers look for comes first (content/featured.yaml), then the main sections.
  const links = [
    { href: featured.home.url, label: featured.home.title },
    ...pages.navigation(),
    { href: routes.home, label: "返回首页" },
  ];
  return (
    <div className="not-found">
      <h1>没有找到这个页面</h1>
      <p>地址可能输错了，或者文章已经改名。可以从下面这些入口继续：</p>
      <NavList links={links} className="not-found-links" />
    </div>
  );
}
