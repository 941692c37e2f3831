import { Breadcrumbs } from "@/components/Breadcrumbs";
import { LifecycleFigure } from "@/components/tools/LifecycleFigure";
import { ToolLinks } from "@/components/tools/ToolLinks";
import { routes } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site";

export const metadata = pageMetadata({
  title: "工具：续期规划与许可证查询",
  description: "由届满日算出续期和年报日期并加入日历；回答三个问题查看业务需要哪种电信业务经营许可证。",
  path: routes.tools,
});

export default function ToolsPage() {
  const site = getSite();
  const { rules } = site;
  return (
    <div className="tool-page">
      <Breadcrumbs trail={site.pages.breadcrumbs(routes.tools)} />
      <h1>工具</h1>
      <p className="listing-lead">
        两个小工具都只在你的浏览器中运行，不上传任何信息；所用规则与文章相同，并注明出处。
      </p>
      <ToolLinks renewalDays={rules.renewal.daysBeforeExpiry} />
      <LifecycleFigure rules={rules} />
    </div>
  );
}
