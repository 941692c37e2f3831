import { SiteLink } from "@/components/SiteLink";
import { routes } from "@/lib/routes";

/** The reader tools, each with what it does. */
export function ToolLinks({ renewalDays }: { renewalDays: number }) {
  return (
    <ul className="tool-links">
      <li>
        <SiteLink href={routes.renewalPlanner()} className="tool-link">
          <span className="tool-link-name">续期规划</span>
          <span>
            由届满日算出最晚提交延续申请的日期（届满前{renewalDays}日）和每年的年报截止日，可加入日历。
          </span>
        </SiteLink>
      </li>
      <li>
        <SiteLink href={routes.licenceFinder} className="tool-link">
          <span className="tool-link-name">许可证查询</span>
          <span>回答三个问题，看业务要办哪种许可证、向谁申请、依据是什么。</span>
        </SiteLink>
      </li>
    </ul>
  );
}
