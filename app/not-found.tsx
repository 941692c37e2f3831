import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "页面不存在" };

/** Shown for any address the site does not publish. */
export default function NotFound() {
  return (
    <div className="not-found">
      <h1>没有找到这个页面</h1>
      <p>地址可能输错了，或者文章已经改名。可以从下面这些入口继续：</p>
      <ul className="not-found-links">
        <li>
          <SiteLink href={routes.article("class-ii-licence-renewal")}>
            第二类增值电信业务经营许可证续期指南
          </SiteLink>
        </li>
        <li>
          <SiteLink href={routes.licences}>按许可证类别浏览</SiteLink>
        </li>
        <li>
          <SiteLink href={routes.topics}>按办理事项浏览（申请、续期、年报、变更……）</SiteLink>
        </li>
        <li>
          <SiteLink href={routes.articles}>全部文章</SiteLink>
        </li>
        <li>
          <SiteLink href={routes.home}>返回首页</SiteLink>
        </li>
      </ul>
    </div>
  );
}
