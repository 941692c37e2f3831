import type { ReactNode } from "react";
import type { Article } from "@/lib/content";
import { ArticleList } from "./ArticleList";
import { Breadcrumbs, type Crumb } from "./Breadcrumbs";

/** The anchor of a category page's list of articles. */
export const articleListAnchor = "articles";

/** One licence category, topic or region: what it is, anything the page adds, then its articles. */
export function CategoryPage(props: {
  trail: Crumb[];
  title: string;
  lead: ReactNode;
  articles: Article[];
  topicName: (id: string) => string | undefined;
  /** Shown between the lead and the articles. */
  children?: ReactNode;
}) {
  return (
    <div className="listing">
      <Breadcrumbs trail={props.trail} />
      <h1>{props.title}</h1>
      <div className="listing-lead">{props.lead}</div>
      {props.children}
      {props.articles.length > 0 ? (
        <>
          <h2 className="listing-count" id={articleListAnchor}>
            {props.articles.length} 篇文章
          </h2>
          <ArticleList articles={props.articles} topicName={props.topicName} />
        </>
      ) : (
        <p className="empty-note">
          这一类还没有专门的文章。可以先看通用的续期、年报和变更指南，它们适用于各类增值电信业务许可证。
        </p>
      )}
    </div>
  );
}
