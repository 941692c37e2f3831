import { Breadcrumbs } from "@/components/Breadcrumbs";
import { DateRules } from "@/components/tools/DateRules";
import { LifecycleFigure } from "@/components/tools/LifecycleFigure";
import { RenewalPlanner } from "@/components/tools/RenewalPlanner";
import { routes } from "@/lib/routes";
import { licenceChoices } from "@/lib/rules/licences";
import { pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site";

export const metadata = pageMetadata({
  title: "续期规划：由届满日算出最晚提交日期和年报日期",
  description:
    "输入许可证有效期届满日，得到最晚提交延续申请的日期、建议开始准备的日期和每年3月31日的年报截止日，并可加入日历。",
  path: routes.renewalPlanner(),
});

export default function RenewalPlannerPage() {
  const site = getSite();
  const { rules } = site;
  const licences = licenceChoices(site.taxonomy, rules.licences);
  // Only what the planner reads: every prop of a client component travels in the page's data.
  const { validity, renewal, suggestedStart, annualReport, warnings } = rules;
  return (
    <div className="tool-page">
      <Breadcrumbs trail={site.pages.breadcrumbs(routes.renewalPlanner())} />
      <h1>续期规划</h1>
      <p className="listing-lead">
        由有效期届满日算出最晚提交延续申请的日期、建议开始准备的日期和每年的年报截止日，可加入日历提醒。计算只在你的浏览器中进行，不上传任何信息；日期按北京时间计算。
      </p>
      <RenewalPlanner
        licences={licences}
        rules={{ validity, renewal, suggestedStart, annualReport, warnings }}
        guideHref={routes.article(rules.guide)}
        warningHrefs={{
          insideWindow: routes.article(rules.guide, rules.warnings.insideWindow.faq),
          expired: routes.article(rules.guide, rules.warnings.expired.faq),
        }}
      />
      <LifecycleFigure rules={rules} />
      <DateRules rules={rules} />
    </div>
  );
}
