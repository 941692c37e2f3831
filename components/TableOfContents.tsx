import type { TocEntry } from "@/lib/content";

function TocList({ entries }: { entries: TocEntry[] }) {
  return (
    <ol className="toc-list">
      {entries.map((entry) => (
        <li key={entry.id} className={entry.depth === 3 ? "toc-sub" : undefined}>
          <a href={`#${entry.id}`}>{entry.text}</a>
        </li>
      ))}
    </ol>
  );
}

/**
 * The article's headings. Phones get a collapsible block at the top of the article; wide screens get a sticky
 * side column. Only one of the two is displayed at a time, so assistive technology meets one navigation.
 */
export function TableOfContents({
  entries,
  placement,
}: {
  entries: TocEntry[];
  placement: "inline" | "aside";
}) {
  if (entries.length === 0) return null;
  if (placement === "inline") {
    return (
      <nav aria-label="本文目录" className="toc toc-inline">
        <details>
          <summary>本文目录（{entries.filter((e) => e.depth === 2).length} 节）</summary>
          <TocList entries={entries} />
        </details>
      </nav>
    );
  }
  return (
    <nav aria-label="本文目录" className="toc toc-aside">
      <p className="toc-title">本文目录</p>
      <TocList entries={entries} />
    </nav>
  );
}
