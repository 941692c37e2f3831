import { ArticleList } from "@/components/ArticleList";
import { JsonLd } from "@/components/JsonLd";
import { LicenceGrid } from "@/components/LicenceGrid";
import { SiteLink } from "@/components/SiteLink";
import { SearchBox } from "@/components/search/SearchBox";
import { TopicGrid } from "@/components/TopicGrid";
import { LifecycleFigure } from "@/components/tools/LifecycleFigure";
import { ToolLinks } from "@/components/tools/ToolLinks";
import { routes } from "@/lib/routes";
import { websiteGraph } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { siteDescription } from "@/lib/seo/site";
import { getSite } from "@/lib/site";

export const metadata = pageMetadata({ description: siteDescription, path: routes.home });

const heroLead =
  "续期、年报、变更、注销，以及ICP、EDI、SP、IDC、呼叫中心和码号的常见问题。每条期限和要求都注明法规出处，各地做法不同的地方会直接说明，并告诉你该问哪个主管部门。";

export default function HomePage() {
  const site = getSite();
  // The guide every licence holder needs sooner or later (content/featured.yaml): the home page leads with it.
  const flagship = site.featured.home;
  const { rules } = site;
  return (
    <div className="home">
      <JsonLd data={websiteGraph(siteDescription)} />
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">让电信业务经营许可证按时续上</h1>
        <p className="hero-lead">{heroLead}</p>
        <div className="hero-search">
          <SearchBox variant="hero" />
        </div>
      </section>

      <section className="flagship" aria-labelledby="flagship-title">
        <p className="flagship-kicker">最常用的指南</p>
        <h2 id="flagship-title">
          <SiteLink href={flagship.url}>{flagship.title}</SiteLink>
        </h2>
        <p>{flagship.description}</p>
        <SiteLink href={flagship.url} className="button">
          阅读这篇指南
        </SiteLink>
      </section>

      <section aria-labelledby="home-tools" className="home-section home-tools">
        <h2 id="home-tools">算日期、查许可</h2>
        <div className="home-tools-grid">
          <div>
            <LifecycleFigure rules={rules} />
          </div>
          <ToolLinks renewalDays={rules.renewal.daysBeforeExpiry} />
        </div>
      </section>

      <section aria-labelledby="by-licence" className="home-section">
        <h2 id="by-licence">按许可证类别</h2>
        <LicenceGrid licences={site.taxonomy.data.licences} />
      </section>

      <section aria-labelledby="by-topic" className="home-section">
        <h2 id="by-topic">按办理事项</h2>
        <TopicGrid
          tiles={site.taxonomy.data.topics.map((topic) => ({
            href: routes.topic(topic.id),
            name: topic.name,
            summary: topic.summary,
          }))}
        />
      </section>

      <section aria-labelledby="recent" className="home-section">
        <h2 id="recent">最近更新</h2>
        <ArticleList articles={site.recent(6)} topicName={(id) => site.taxonomy.topic(id)?.name} />
        <p>
          <SiteLink href={routes.articles}>查看全部 {site.articles.length} 篇文章</SiteLink>
        </p>
      </section>
    </div>
  );
}
