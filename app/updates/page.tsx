import { Breadcrumbs } from "@/components/Breadcrumbs";
import { formatDate } from "@/components/DateLine";
import { SiteLink } from "@/components/SiteLink";
import { recentChanges } from "@/lib/content";
import { routes } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site";

const title = "更新记录";
const description = "本站文章最近的更改，以及每篇文章最近一次核对法规出处的日期。";
/** How many changes the page lists; older ones stay at the foot of their articles. */
const changesShown = 50;

export const metadata = pageMetadata({ title, description, path: routes.updates });

export default function UpdatesPage() {
  const site = getSite();
  const changes = recentChanges(site.articles, changesShown + 1);
  const byFactCheck = [...site.articles].sort(
    (a, b) => a.factChecked.localeCompare(b.factChecked) || a.title.localeCompare(b.title, "zh-CN"),
  );
  return (
    <div className="listing">
      <Breadcrumbs trail={site.pages.breadcrumbs(routes.updates)} />
      <h1>{title}</h1>
      <p className="listing-lead">
        {description}也可以用 <a href={routes.feed}>Atom 订阅源</a> 在阅读器里关注文章更新。
      </p>

      <section aria-labelledby="recent-changes" className="home-section">
        <h2 id="recent-changes">最近的更改</h2>
        {changes.length > 0 ? (
          <>
            <ul className="change-list">
              {changes.slice(0, changesShown).map((change) => (
                <li key={`${change.article.slug}|${change.date}|${change.note}`}>
                  <time dateTime={change.date}>{formatDate(change.date)}</time>{" "}
                  <SiteLink href={change.article.url}>{change.article.title}</SiteLink>：{change.note}
                </li>
              ))}
            </ul>
            {changes.length > changesShown ? (
              <p className="empty-note">
                只列出最近 {changesShown} 条；更早的更改见各篇文章末尾的“更改记录”。
              </p>
            ) : null}
          </>
        ) : (
          <p className="empty-note">文章还没有登记更改。每篇文章的更新日期见下表和文章页顶部。</p>
        )}
      </section>

      <section aria-labelledby="fact-checks" className="home-section">
        <h2 id="fact-checks">事实核查日期</h2>
        <p>按最近一次核查的日期排列，最早核查的在前。</p>
        <table className="fact-check-table">
          <thead>
            <tr>
              <th scope="col">文章</th>
              <th scope="col">事实核查于</th>
            </tr>
          </thead>
          <tbody>
            {byFactCheck.map((article) => (
              <tr key={article.slug}>
                <td>
                  <SiteLink href={article.url}>{article.title}</SiteLink>
                </td>
                <td>
                  <time dateTime={article.factChecked}>{formatDate(article.factChecked)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
