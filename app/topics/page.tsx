import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { getSite } from "@/lib/content";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: "办理事项",
  description: "按事项浏览：申请、续期、年报、变更、注销、合规与外资。",
};

export default function TopicsPage() {
  const site = getSite();
  return (
    <div className="listing">
      <Breadcrumbs trail={[{ label: "首页", href: routes.home }, { label: "办理事项" }]} />
      <h1>办理事项</h1>
      <ul className="topic-grid">
        {site.taxonomy.data.topics.map((topic) => (
          <li key={topic.id}>
            <Link href={routes.topic(topic.id)} className="topic-tile">
              <span className="topic-tile-name">{topic.name}</span>
              <span className="topic-tile-summary">{topic.summary}</span>
              <span className="topic-tile-count">{site.byTopic(topic.id).length} 篇</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
