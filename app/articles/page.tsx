import { ArticleList } from "@/components/ArticleList";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { getSite } from "@/lib/content";
import { routes } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata = pageMetadata({
  title: "全部文章",
  description: "许可证指南的全部办事指南与解读文章。",
  path: routes.articles,
});

export default function ArticlesPage() {
  const { articles } = getSite();
  return (
    <div className="listing">
      <Breadcrumbs trail={[{ label: "首页", href: routes.home }, { label: "全部文章" }]} />
      <h1>全部文章</h1>
      <p className="listing-lead">共 {articles.length} 篇，按标题排序。</p>
      <ArticleList articles={articles} headingLevel={2} />
    </div>
  );
}
