import type { CoverageRow } from "@/lib/coverage";
import { SiteLink } from "./SiteLink";

/**
 * One licence's stages as a definition list: each stage, then the articles or sections that answer it (most
 * specific first), or a note that none does yet with a link to every article of the stage.
 */
export function LicenceStages({ row, moreHref }: { row: CoverageRow; moreHref: string }) {
  return (
    <dl className="licence-stages">
      {row.cells.map(({ stage, answers, more }) => (
        <div key={stage.id} className="licence-stage">
          <dt>{stage.label}</dt>
          <dd>
            {answers.length > 0 ? (
              <ul className="licence-stage-answers">
                {answers.map((answer) => (
                  <li key={answer.href}>
                    <SiteLink href={answer.href}>
                      {answer.title}
                      {answer.section ? (
                        <span className="licence-stage-section">“{answer.section}”一节</span>
                      ) : null}
                    </SiteLink>
                  </li>
                ))}
                {more > 0 ? (
                  <li>
                    <SiteLink href={moreHref} className="licence-stage-more">
                      另有 {more} 篇
                    </SiteLink>
                  </li>
                ) : null}
              </ul>
            ) : (
              <p className="licence-stage-empty">
                本站还没有专门说明。<SiteLink href={stage.href}>全部“{stage.hrefLabel}”文章</SiteLink>
              </p>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
