import type { ArticleChange } from "@/lib/content";
import { formatDate } from "./DateLine";

/** What changed in the article and when, newest first: readers who acted on an older version see what moved. */
export function ChangeLog({ changes }: { changes: ArticleChange[] }) {
  if (changes.length === 0) return null;
  const newestFirst = [...changes].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section className="block changes" aria-labelledby="page-changes">
      <h2 id="page-changes">更改记录</h2>
      <ul className="change-list">
        {newestFirst.map((change) => (
          <li key={`${change.date}|${change.note}`}>
            <time dateTime={change.date}>{formatDate(change.date)}</time> {change.note}
          </li>
        ))}
      </ul>
    </section>
  );
}
