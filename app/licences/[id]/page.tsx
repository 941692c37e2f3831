import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { articleListAnchor, CategoryPage } from "@/components/CategoryPage";
import { LicenceStages } from "@/components/LicenceStages";
import { SiteLink } from "@/components/SiteLink";
import { licenceLabel } from "@/lib/content";
import { coverageMap } from "@/lib/coverage";
import { routes } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite()
    .pages.ids("licence")
    .map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const licence = getSite().taxonomy.licence((await params).id);
  return licence
    ? pageMetadata({
        title: licenceLabel(licence),
        description: `关于${licence.name}许可证的办事指南与解读。`,
        path: routes.licence(licence.id),
      })
    : {};
}

export default async function LicencePage({ params }: Props) {
  const site = getSite();
  const licence = site.taxonomy.licence((await params).id);
  if (!licence) notFound();
  const licenceClass = site.taxonomy.licenceClass(licence.class);
  const stages = coverageMap(site.articles, site.taxonomy).row(licence.id);
  return (
    <CategoryPage
      trail={site.pages.breadcrumbs(routes.licence(licence.id))}
      topicName={(id) => site.taxonomy.topic(id)?.name}
      title={licenceLabel(licence)}
      lead={
        <p>
          {licenceClass ? (
            <>
              属于<SiteLink href={`${routes.licences}#${licenceClass.id}`}>{licenceClass.name}</SiteLink>。
              {licenceClass.summary}
            </>
          ) : null}
          {licence.aliases.length > 0 ? <>常见叫法：{licence.aliases.slice(0, 6).join("、")}。</> : null}
        </p>
      }
      articles={site.byLicence(licence.id)}
    >
      {stages ? (
        <section aria-labelledby="stages" className="licence-stages-block">
          <h2 id="stages">办理事项一览</h2>
          <LicenceStages row={stages} moreHref={`${routes.licence(licence.id)}#${articleListAnchor}`} />
          <p>
            <SiteLink href={routes.coverage}>所有许可证的办理事项总览</SiteLink>
          </p>
        </section>
      ) : null}
    </CategoryPage>
  );
}
