import type { Article, Source } from "@/lib/content";
import { SiteLink } from "./SiteLink";

/** The regulations and notices the article's facts rest on, and the page on how the site cites them. */
export function SourceList({
  sources,
  citationNotes,
}: {
  sources: Source[];
  citationNotes: Pick<Article, "url" | "title">;
}) {
  return (
    <section className="block sources" aria-labelledby="page-sources">
      <h2 id="page-sources">依据与来源</h2>
      <ol>
        {sources.map((source) => (
          <li key={`${source.title}|${source.article ?? ""}|${source.url ?? ""}`}>
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer" className="external-link">
                {source.title}
              </a>
            ) : (
              <cite>{source.title}</cite>
            )}
            {source.article ? <span className="source-article"> {source.article}</span> : null}
            {source.note ? <span className="source-note">（{source.note}）</span> : null}
          </li>
        ))}
      </ol>
      <p className="sources-disclaimer">
        本站为非官方整理，条文与办理口径以工业和信息化部及各省、自治区、直辖市通信管理局发布的为准。
        条号的来源、“据转引”的含义和报错方式见
        <SiteLink href={citationNotes.url}>{citationNotes.title}</SiteLink>。
      </p>
    </section>
  );
}
