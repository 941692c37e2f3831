import { routes } from "@/lib/routes";
import { SiteLink } from "./SiteLink";

const aboutSite =
  "许可证指南整理电信业务经营许可的公开规定，帮助企业按时续期、年报和变更。本站不是政府网站，也不提供代办服务；办理以工业和信息化部和各省、自治区、直辖市通信管理局的要求为准，官方渠道不收取申请费用。";

/** What the site is, and that the authorities have the last word. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>{aboutSite}</p>
        <nav aria-label="页脚导航">
          <ul>
            <li>
              <SiteLink href={routes.licences}>许可证类别</SiteLink>
            </li>
            <li>
              <SiteLink href={routes.topics}>办理事项</SiteLink>
            </li>
            <li>
              <SiteLink href={routes.regions}>地区</SiteLink>
            </li>
            <li>
              <SiteLink href={routes.articles}>全部文章</SiteLink>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
