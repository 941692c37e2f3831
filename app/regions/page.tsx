import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TopicGrid } from "@/components/TopicGrid";
import { routes } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site";

export const metadata = pageMetadata({
  title: "地区",
  description: "按地区浏览许可证办理文章。",
  path: routes.regions,
});

export default function RegionsPage() {
  const site = getSite();
  return (
    <div className="listing">
      <Breadcrumbs trail={site.pages.breadcrumbs(routes.regions)} />
      <h1>地区</h1>
      <p className="listing-lead">
        省内经营的增值电信业务由所在地通信管理局审批，跨地区经营由工业和信息化部审批。
      </p>
      <TopicGrid
        tiles={site.pages.ids("region").map((id) => ({
          href: routes.region(id),
          name: site.taxonomy.region(id)?.name ?? id,
          count: site.byRegion(id).length,
        }))}
      />
    </div>
  );
}
