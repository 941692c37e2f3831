import { Breadcrumbs } from "@/components/Breadcrumbs";
import { articleListAnchor } from "@/components/CategoryPage";
import { CoverageMap } from "@/components/CoverageMap";
import { coverageMap } from "@/lib/coverage";
import { routes } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site";

const title = "办理事项总览";

export const metadata = pageMetadata({
  title,
  description: "每类许可证的申请、年报、变更、续期、注销、合规与外资事项，各由哪篇文章或哪一节回答。",
  path: routes.coverage,
});

export default function CoveragePage() {
  const site = getSite();
  const map = coverageMap(site.articles, site.taxonomy);
  return (
    <div className="listing">
      <Breadcrumbs trail={site.pages.breadcrumbs(routes.coverage)} />
      <h1>{title}</h1>
      <p className="listing-lead">
        每类许可证从申请到注销的各项事务，各由哪篇文章或文章中的哪一节回答；只讲这一类许可证的排在前面。写着“本站还没有专门说明”的一项，可先看该事项的全部文章。
      </p>
      <nav aria-label="按许可证跳转" className="coverage-jump">
        <ul className="inline-list">
          {map.rows.map(({ licence }) => (
            <li key={licence.id}>
              <a href={`#${licence.id}`}>{licence.short}</a>
            </li>
          ))}
        </ul>
      </nav>
      {site.taxonomy.licencesByClass().map(({ class: group, licences }) => (
        <section key={group.id} aria-labelledby={`coverage-${group.id}`} className="coverage-group">
          <h2 id={`coverage-${group.id}`}>{group.name}</h2>
          <CoverageMap
            stages={map.stages}
            rows={licences.flatMap((licence) => map.row(licence.id) ?? [])}
            moreHref={(licence) => `${routes.licence(licence.id)}#${articleListAnchor}`}
          />
        </section>
      ))}
    </div>
  );
}
