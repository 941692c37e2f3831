import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/ArticleBody";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { DateLine } from "@/components/DateLine";
import { LicenceTags } from "@/components/LicenceTags";
import { LinkedArticles } from "@/components/LinkedArticles";
import { SourceList } from "@/components/SourceList";
import { TableOfContents } from "@/components/TableOfContents";
import { getSite, type Licence } from "@/lib/content";

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite()
    .pages.ids("article")
    .map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getSite().article((await params).slug);
  return article ? { title: article.title, description: article.description } : {};
}

export default async function ArticlePage({ params }: Props) {
  const site = getSite();
  const article = site.article((await params).slug);
  if (!article) notFound();
  const licences = article.licences.map((id) => site.taxonomy.licence(id)).filter((l): l is Licence => !!l);
  const toc = [...article.toc, { id: "page-sources", text: "依据与来源", depth: 2 as const }];

  return (
    <div className="article-layout">
      <article className="article" aria-labelledby="article-title">
        <Breadcrumbs trail={site.pages.breadcrumbs(article.url)} />
        <header className="article-header">
          <p className="article-kind">{article.type === "guide" ? "办事指南" : "解读"}</p>
          <h1 id="article-title">{article.title}</h1>
          <p className="article-description">{article.description}</p>
          <LicenceTags licences={licences} />
          <DateLine updated={article.updated} factChecked={article.factChecked} />
        </header>
        <TableOfContents entries={toc} placement="inline" />
        <ArticleBody blocks={article.blocks} />
        <SourceList sources={article.sources} />
        <LinkedArticles id="related-articles" title="相关文章" articles={site.graph.related(article.slug)} />
        <LinkedArticles
          id="backlinks"
          title="链接到本文的文章"
          articles={site.graph.backlinks(article.slug)}
        />
      </article>
      <aside className="article-aside">
        <TableOfContents entries={toc} placement="aside" />
      </aside>
    </div>
  );
}
