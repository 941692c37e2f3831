import type { Source } from "@/lib/content";
import { routes } from "@/lib/routes";
import { SiteLink } from "./SiteLink";

/** The regulations and notices the article's facts rest on. */
export function SourceList({ sources }: { sources: Source[] }) {
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
        <SiteLink href={routes.article("citation-notes")}>本站如何引用法规与条文</SiteLink>。
      </p>
    </section>
  );
}
