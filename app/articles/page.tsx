import { ArticleList } from "@/components/ArticleList";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { routes } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site";

export const metadata = pageMetadata({
  title: "全部文章",
  description: "许可证指南的全部办事指南与解读文章。",
  path: routes.articles,
});

export default function ArticlesPage() {
  const site = getSite();
  const { articles } = site;
  return (
    <div className="listing">
      <Breadcrumbs trail={site.pages.breadcrumbs(routes.articles)} />
      <h1>全部文章</h1>
      <p className="listing-lead">共 {articles.length} 篇，按标题排序。</p>
      <ArticleList articles={articles} topicName={(id) => site.taxonomy.topic(id)?.name} headingLevel={2} />
    </div>
  );
}
