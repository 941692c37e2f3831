import { routes } from "@/lib/routes";

/**
 * The compact planner form on a guide: a plain GET form that opens the planner with the inputs in the address,
 * so it needs no script on the guide itself.
 */
export function PlannerForm({
  licences,
  defaultLicence,
  renewalDays,
}: {
  licences: { id: string; label: string }[];
  defaultLicence?: string;
  renewalDays: number;
}) {
  return (
    <section className="block planner-teaser" aria-labelledby="planner-teaser-title">
      <h2 id="planner-teaser-title">算一算你的续期日期</h2>
      <p>
        填写许可证有效期届满日，续期规划会列出最晚提交延续申请的日期（届满前{renewalDays}
        日）、建议开始准备的日期和每年的年报截止日，并可加入日历。
      </p>
      <form action={routes.renewalPlanner()} method="get" className="planner-form planner-form-compact">
        <div className="field">
          <label htmlFor="teaser-licence">许可证业务</label>
          <select id="teaser-licence" name="licence" defaultValue={defaultLicence}>
            {licences.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="teaser-expiry">有效期届满日</label>
          <input id="teaser-expiry" name="expiry" type="date" required />
        </div>
        <button type="submit" className="button">
          生成续期计划
        </button>
      </form>
    </section>
  );
}
