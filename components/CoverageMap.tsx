import type { Licence } from "@/lib/content";
import { licenceLabel } from "@/lib/content";
import type { CoverageRow, CoverageStage } from "@/lib/coverage";
import { routes } from "@/lib/routes";
import { LicenceStages } from "./LicenceStages";
import { SiteLink } from "./SiteLink";

/**
 * Licences by stage: one entry per licence (its id is the licence id, for links to it), its stages as a list. A phone shows each licence as a card; a wide
 * screen lines the stages up in columns under one row of stage names (which repeats the list's own labels, so
 * assistive technology skips it).
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
  return (
    <div className="coverage-map">
      <div className="coverage-head" aria-hidden="true">
        <span>许可证</span>
        {stages.map((stage) => (
          <span key={stage.id}>{stage.label}</span>
        ))}
      </div>
      <ul className="coverage-rows">
        {rows.map((row) => (
          <li key={row.licence.id} id={row.licence.id} className="coverage-row">
            <h3 className="coverage-licence">
              <SiteLink href={routes.licence(row.licence.id)}>{licenceLabel(row.licence)}</SiteLink>
              <span className="coverage-licence-short">{row.licence.short}</span>
            </h3>
            <LicenceStages row={row} moreHref={moreHref(row.licence)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
