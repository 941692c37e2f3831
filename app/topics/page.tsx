import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TopicGrid } from "@/components/TopicGrid";
import { routes } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site";

export const metadata = pageMetadata({
  title: "办理事项",
  description: "按事项浏览：申请、续期、年报、变更、注销、合规与外资。",
  path: routes.topics,
});

export default function TopicsPage() {
  const site = getSite();
  return (
    <div className="listing">
      <Breadcrumbs trail={site.pages.breadcrumbs(routes.topics)} />
      <h1>办理事项</h1>
      <TopicGrid
        tiles={site.taxonomy.data.topics.map((topic) => ({
          href: routes.topic(topic.id),
          name: topic.name,
          summary: topic.summary,
          count: site.byTopic(topic.id).length,
        }))}
      />
    </div>
  );
}
