import type { Filing, Filings } from "@/lib/filing";
import { siteName } from "@/lib/seo/site";
import { type NavLink, NavList } from "./NavList";

const aboutSite = `${siteName}整理电信业务经营许可的公开规定，帮助企业按时续期、年报和变更。本站不是政府网站，也不提供代办服务；办理以工业和信息化部和各省、自治区、直辖市通信管理局的要求为准，官方渠道不收取申请费用。`;

/** A 备案号, linked to the official system where one is on record. */
function FilingNumber({ filing }: { filing: Filing }) {
  return filing.href ? (
    <a href={filing.href} rel="noopener noreferrer">
      {filing.number}
    </a>
  ) : (
    <span>{filing.number}</span>
  );
}

/** What the site is, that the authorities have the last word, and the operator's 备案号 when set. */
export function SiteFooter({ sections, filings }: { sections: readonly NavLink[]; filings: Filings }) {
  const { icp, gongan } = filings;
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>{aboutSite}</p>
        <nav aria-label="页脚导航">
          <NavList links={sections} />
        </nav>
        {icp || gongan ? (
          <p className="site-filings">
            {icp ? <FilingNumber filing={icp} /> : null}
            {gongan ? <FilingNumber filing={gongan} /> : null}
          </p>
        ) : null}
      </div>
    </footer>
  );
}
