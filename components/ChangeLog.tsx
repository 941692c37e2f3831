import { type ArticleChange, newestFirst } from "@/lib/content";
import { formatDate } from "./DateLine";

/** What changed in the article and when, newest first: readers who acted on an older version see what moved. */
export function ChangeLog({ changes }: { changes: ArticleChange[] }) {
  if (changes.length === 0) return null;
  return (
    <section className="block changes" aria-labelledby="page-changes">
      <h2 id="page-changes">更改记录</h2>
      <ul className="change-list">
        {newestFirst(changes, (change) => change.date).map((change) => (
          <li key={`${change.date}|${change.note}`}>
            <time dateTime={change.date}>{formatDate(change.date)}</time> {change.note}
          </li>
        ))}
      </ul>
    </section>
  );
}
