import type { Licence } from "@/lib/content";
import { licenceLabel } from "@/lib/content";
import type { CoverageRow, CoverageStage } from "@/lib/coverage";
import { elementsHtml, h, htmlKey } from "@/lib/render/html";
import { routes } from "@/lib/routes";
import { licenceStagesTree } from "./LicenceStages";
import { StaticHtml } from "./StaticHtml";

/**
 * Licences by stage: one entry per licence (its id is the licence id, for links to it), its stages as a list. A
 * phone shows each licence as a card; a wide screen lines the stages up in columns under one row of stage names
 * (which repeats the list's own labels, so assistive technology skips it). The rows are static markup set as HTML
 * (see <StaticHtml>): some 200 links that a page would otherwise carry twice.
 */
export function CoverageMap({
  stages,
  rows,
  moreHref,
}: {
  stages: CoverageStage[];
  rows: CoverageRow[];
  /** Where "另有 N 篇" leads for a licence: every article about it. */
  moreHref: (licence: Licence) => string;
}) {
  const html = elementsHtml(
    rows.map((row) =>
      h("li", { id: row.licence.id, className: ["coverage-row"] }, [
        h("h3", { className: ["coverage-licence"] }, [
          h("a", { href: routes.licence(row.licence.id) }, [licenceLabel(row.licence)]),
          h("span", { className: ["coverage-licence-short"] }, [row.licence.short]),
        ]),
        licenceStagesTree(row, moreHref(row.licence)),
      ]),
    ),
  );
  return (
    <div className="coverage-map">
      <div className="coverage-head" aria-hidden="true">
        <span>许可证</span>
        {stages.map((stage) => (
          <span key={stage.id}>{stage.label}</span>
        ))}
      </div>
      <StaticHtml as="ul" className="coverage-rows" html={html} htmlKey={htmlKey(html)} />
    </div>
  );
}
