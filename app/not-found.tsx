import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { getSite } from "@/lib/content";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "页面不存在" };

/** The guide most readers look for, offered first when an address is wrong. */
const flagshipUrl = routes.article("value-added-licence-renewal");

/** Shown for any address the site does not publish. */
export default function NotFound() {
  const { pages } = getSite();
  const flagship = pages.page(flagshipUrl);
  const links = [
    ...(flagship ? [{ href: flagship.url, label: flagship.title }] : []),
    ...pages.navigation(),
    { href: routes.home, label: "返回首页" },
  ];
  return (
    <div className="not-found">
      <h1>没有找到这个页面</h1>
      <p>地址可能输错了，或者文章已经改名。可以从下面这些入口继续：</p>
      <ul className="not-found-links">
        {links.map((link) => (
          <li key={link.href}>
            <SiteLink href={link.href}>{link.label}</SiteLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
