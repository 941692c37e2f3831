import type { Rules } from "@/lib/rules";
import { citeSource } from "@/lib/rules/plan-events";

interface Stage {
  key: string;
  title: string;
  detail: string;
  kind: "event" | "year" | "deadline";
}

/** The stages of a licence's life, drawn from the rule data so that a corrected rule changes the figure too. */
export function lifecycleStages(rules: Rules): Stage[] {
  const years = Array.from({ length: rules.validity.years }, (_, i) => ({
    key: `year-${i + 1}`,
    title: `第${i + 1}年`,
    detail: `年报，${rules.annualReport.month}月${rules.annualReport.day}日截止`,
    kind: "year" as const,
  }));
  return [
    {
      key: "apply",
      title: "提交申请",
      detail: `发证机关${rules.decision.days}日内作出决定`,
      kind: "event",
    },
    { key: "issued", title: "取得许可证", detail: `有效期${rules.validity.years}年`, kind: "event" },
    ...years,
    {
      key: "filing",
      title: `届满前${rules.renewal.daysBeforeExpiry}日`,
      detail: "最晚提交延续申请",
      kind: "deadline",
    },
    { key: "expiry", title: "有效期届满", detail: `取得许可证${rules.validity.years}年后`, kind: "deadline" },
  ];
}

const rowHeight = { event: 64, year: 40, deadline: 64 } as const;

/**
 * The licence lifecycle as an SVG drawn at build time: application → decision → licence → a report every first
 * quarter → the filing deadline → expiry. A vertical line reads at phone width; colours come from the page's
 * variables, so dark mode and print follow the page.
 */
export function LifecycleFigure({ rules }: { rules: Rules }) {
  const stages = lifecycleStages(rules);
  let y = 28;
  const rows = stages.map((stage) => {
    const row = { ...stage, y };
    y += rowHeight[stage.kind];
    return row;
  });
  const height = y - rowHeight[stages[stages.length - 1]?.kind ?? "event"] + 40;
  const first = rows[2]?.y ?? 0;
  const last = rows[rows.length - 3]?.y ?? 0;
  const alt = stages.map((s) => `${s.title}：${s.detail}`).join("；");

  return (
    <figure className="lifecycle" aria-labelledby="lifecycle-caption">
      <svg
        viewBox={`0 0 360 ${height}`}
        role="img"
        aria-labelledby="lifecycle-title lifecycle-desc"
        className="lifecycle-svg"
      >
        <title id="lifecycle-title">许可证生命周期</title>
        <desc id="lifecycle-desc">{alt}。</desc>
        <line x1="28" y1={rows[0]?.y ?? 0} x2="28" y2={rows[rows.length - 1]?.y ?? 0} className="lc-line" />
        <rect x="20" y={first - 12} width="16" height={last - first + 24} rx="8" className="lc-validity" />
        {rows.map((row) => (
          <g key={row.key} className={`lc-${row.kind}`}>
            <circle cx="28" cy={row.y} r={row.kind === "year" ? 5 : 9} className="lc-dot" />
            <text x="52" y={row.y - (row.kind === "year" ? -5 : 4)} className="lc-title">
              {row.title}
              {row.kind === "year" ? <tspan className="lc-detail"> {row.detail}</tspan> : null}
            </text>
            {row.kind === "year" ? null : (
              <text x="52" y={row.y + 18} className="lc-detail">
                {row.detail}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption id="lifecycle-caption">
        许可证生命周期。依据：审批时限见{citeSource(rules.decision.source)}；有效期见
        {citeSource(rules.validity.source)}；年报见
        {citeSource(rules.annualReport.source)}；延续申请见{citeSource(rules.renewal.source)}。
      </figcaption>
    </figure>
  );
}
