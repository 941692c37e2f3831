import { Breadcrumbs } from "@/components/Breadcrumbs";
import { LicenceFinder } from "@/components/tools/LicenceFinder";
import { routes } from "@/lib/routes";
import { licenceChoices } from "@/lib/rules/licences";
import { pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site";

export const metadata = pageMetadata({
  title: "许可证查询：我的业务要办哪种电信业务经营许可证",
  description: "回答业务内容、覆盖范围和有无外资三个问题，查看所需的许可证类别、发证机关和所依据的规定。",
  path: routes.licenceFinder,
});

export default function LicenceFinderPage() {
  const site = getSite();
  const { finder } = site;
  const licenceIds = new Set(finder.activities.flatMap((a) => a.licences));
  const slugs = new Set(finder.activities.flatMap((a) => a.articles));
  const licences = Object.fromEntries(
    licenceChoices(site.taxonomy, [...licenceIds]).map(({ id, label }) => [
      id,
      { label, href: routes.licence(id) },
    ]),
  );
  const articles = Object.fromEntries(
    [...slugs].flatMap((slug) => {
      const article = site.article(slug);
      return article ? [[slug, { title: article.title, href: article.url }]] : [];
    }),
  );
  return (
    <div className="tool-page">
      <Breadcrumbs trail={site.pages.breadcrumbs(routes.licenceFinder)} />
      <h1>许可证查询</h1>
      <p className="listing-lead">
        回答三个问题，看看业务需要哪种电信业务经营许可证、向谁申请，以及这样判断的依据。例如“从事网络健身课程平台业务需要办理增值电信业务许可证吗”：第1题选“网站或App收费提供信息、课程或会员内容”。
      </p>
      <LicenceFinder finder={finder} licences={licences} articles={articles} />
    </div>
  );
}
