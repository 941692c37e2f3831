import { Breadcrumbs } from "@/components/Breadcrumbs";
import { LicenceGrid } from "@/components/LicenceGrid";
import { SiteLink } from "@/components/SiteLink";
import { routes } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site";

export const metadata = pageMetadata({
  title: "许可证类别",
  description: "按《电信业务分类目录（2015年版）》列出的增值电信业务类别，以及码号和常见的基础电信业务。",
  path: routes.licences,
});

const lead =
  "按《电信业务分类目录（2015年版）》分组。IDC、CDN、ISP 属于第一类增值电信业务，EDI、呼叫中心、ICP/SP等属于第二类。";

export default function LicencesPage() {
  const site = getSite();
  return (
    <div className="listing">
      <Breadcrumbs trail={site.pages.breadcrumbs(routes.licences)} />
      <h1>许可证类别</h1>
      <p className="listing-lead">{lead}</p>
      <p className="listing-lead">
        想知道某类许可证的申请、年报、变更、续期或注销看哪篇？见
        <SiteLink href={routes.coverage}>办理事项总览</SiteLink>。
      </p>
      {site.taxonomy.licencesByClass().map(({ class: group, licences }) => (
        <section key={group.id} aria-labelledby={group.id} className="licence-group">
          <h2 id={group.id}>{group.name}</h2>
          <p>{group.summary}</p>
          <LicenceGrid licences={licences} countOf={(id) => site.byLicence(id).length} />
        </section>
      ))}
    </div>
  );
}
