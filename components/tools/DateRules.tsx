import type { Rules } from "@/lib/rules";
import { citeSource } from "@/lib/rules/plan-events";

/** The rules behind every date, each with its source, as a reader can check them. */
export function DateRules({ rules }: { rules: Rules }) {
  const rows = [
    { what: "有效期", rule: rules.validity.text, source: citeSource(rules.validity.source) },
    { what: "延续申请", rule: rules.renewal.text, source: citeSource(rules.renewal.source) },
    { what: "年报", rule: rules.annualReport.text, source: citeSource(rules.annualReport.source) },
    { what: "审批时限", rule: rules.decision.text, source: citeSource(rules.decision.source) },
    ...rules.changes.map((change) => ({
      what: "变更",
      rule: `${change.event}：${change.from}${change.days}日内向原发证机关申请。`,
      source: citeSource(change.source),
    })),
  ];
  return (
    <section className="block date-rules" aria-labelledby="date-rules">
      <h2 id="date-rules">计划依据的规则</h2>
      <dl>
        {rows.map((row) => (
          <div key={row.rule}>
            <dt>{row.what}</dt>
            <dd>
              {row.rule}
              <span className="source-note">（{row.source}）</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="sources-disclaimer">
        “建议开始准备”的日期是本站的建议，不是法定期限。各地口径可能不同，以发证的省通信管理局或工业和信息化部为准。
      </p>
    </section>
  );
}
