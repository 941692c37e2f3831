import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LifecycleFigure } from "@/components/tools/LifecycleFigure";
import { loadRules } from "../support/rules";

const rules = loadRules();

describe("the lifecycle figure", () => {
  it("draws application, decision, licence, a report each year, the filing deadline and expiry from the rule data", () => {
    const html = renderToStaticMarkup(<LifecycleFigure rules={rules} />);
    expect(html).toContain("<svg");
    expect(html).toContain("发证机关60日内作出决定");
    expect(html).toContain("有效期5年");
    expect(html.match(/年报，3月31日截止/g)?.length).toBe(2 * rules.validity.years); // once drawn, once in <desc>
    expect(html).toContain("届满前90日");
    expect(html).toContain('role="img"');
    expect(html).toMatch(/<desc id="lifecycle-desc">[^<]*届满前90日：最晚提交延续申请/);
  });

  it("changes when a rule is corrected", () => {
    const corrected = {
      ...rules,
      validity: { ...rules.validity, years: 3 },
      renewal: { ...rules.renewal, daysBeforeExpiry: 120 },
    };
    const html = renderToStaticMarkup(<LifecycleFigure rules={corrected} />);
    expect(html).toContain("届满前120日");
    expect(html).toContain("有效期3年");
    expect(html).not.toContain("第4年");
  });

  it("names the source of every rule it draws in its caption", () => {
    const html = renderToStaticMarkup(<LifecycleFigure rules={rules} />);
    const caption = html.slice(html.indexOf("<figcaption"));
    for (const source of [
      rules.decision.source,
      rules.validity.source,
      rules.annualReport.source,
      rules.renewal.source,
    ])
      expect(caption).toContain(`${source.title}${source.article ?? ""}`);
  });
});
