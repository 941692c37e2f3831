import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/ArticleBody";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ChangeLog } from "@/components/ChangeLog";
import { DateLine } from "@/components/DateLine";
import { JsonLd } from "@/components/JsonLd";
import { LicenceTags } from "@/components/LicenceTags";
import { LinkedArticles } from "@/components/LinkedArticles";
import { SourceList } from "@/components/SourceList";
import { TableOfContents } from "@/components/TableOfContents";
import { LifecycleFigure } from "@/components/tools/LifecycleFigure";
import { PlannerForm } from "@/components/tools/PlannerForm";
import type { Licence } from "@/lib/content";
import { licenceChoices } from "@/lib/rules/licences";
import { articleGraph } from "@/lib/seo/json-ld";
import { articleMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite()
    .pages.ids("article")
    .map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = getSite();
  const article = site.article((await params).slug);
  return article ? articleMetadata(article, site.taxonomy.topic(article.topic)?.name) : {};
}

export default async function ArticlePage({ params }: Props) {
  const site = getSite();
  const article = site.article((await params).slug);
  if (!article) notFound();
  const licences = article.licences.map((id) => site.taxonomy.licence(id)).filter((l): l is Licence => !!l);
  const { rules } = site;
  // The rule data names the guides that carry the planner form and the lifecycle figure.
  const showTools = rules.showOn.includes(article.slug);
  // The tools follow the opening paragraphs that answer the question, before the first section.
  const first = article.blocks[0];
  const leadCount = showTools && first?.kind === "prose" && !first.heading ? 1 : 0;
  const toc = [
    ...article.toc,
    { id: "page-sources", text: "依据与来源", depth: 2 as const },
    ...(article.changes.length > 0 ? [{ id: "page-changes", text: "更改记录", depth: 2 as const }] : []),
  ];

  return (
    <div className="article-layout">
      <article className="article" aria-labelledby="article-title">
        <JsonLd data={articleGraph(article)} />
        <Breadcrumbs trail={site.pages.breadcrumbs(article.url)} />
        <header className="article-header">
          <p className="article-kind">{article.type === "guide" ? "办事指南" : "解读"}</p>
          <h1 id="article-title">{article.title}</h1>
          <p className="article-description">{article.description}</p>
          <LicenceTags licences={licences} />
          <DateLine updated={article.updated} factChecked={article.factChecked} />
        </header>
        <TableOfContents entries={toc} placement="inline" />
        {leadCount > 0 ? (
          <ArticleBody blocks={article.blocks.slice(0, leadCount)} slug={article.slug} />
        ) : null}
        {showTools ? (
          <>
            <PlannerForm
              licences={licenceChoices(site.taxonomy, rules.licences)}
              defaultLicence={article.licences.find((id) => rules.licences.includes(id))}
              renewalDays={rules.renewal.daysBeforeExpiry}
            />
            <LifecycleFigure rules={rules} />
          </>
        ) : null}
        <ArticleBody blocks={article.blocks.slice(leadCount)} slug={article.slug} />
        <SourceList sources={article.sources} citationNotes={site.featured.citationNotes} />
        <ChangeLog changes={article.changes} />
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
