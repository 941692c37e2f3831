"use client";

import { type FormEvent, useEffect, useId, useState } from "react";
import {
  expiryFromIssue,
  formatChineseDate,
  type PlainDate,
  parsePlainDate,
  type RenewalPlan,
  renewalPlan,
  todayInShanghai,
} from "@/lib/rules/dates";
import { buildCalendar } from "@/lib/rules/ics";
import { citeSource, planEvents } from "@/lib/rules/plan-events";
import type { Rules } from "@/lib/rules/schema";

export interface PlannerProps {
  licences: { id: string; label: string }[];
  rules: Pick<Rules, "validity" | "renewal" | "suggestedStart" | "annualReport" | "warnings">;
  /** The renewal guide's address, and the address of each warning's question in it. */
  guideHref: string;
  warningHrefs: { insideWindow: string; expired: string };
}

interface Submitted {
  licence: string;
  expiry: PlainDate;
}

function DateText({ date }: { date: PlainDate }) {
  return <time dateTime={date}>{formatChineseDate(date)}</time>;
}

/**
 * The renewal planner: licence and expiry in, a dated plan out. Everything is computed here in the browser; the
 * inputs are kept in the address (?licence=b25&expiry=2027-06-30) so a plan can be bookmarked or shared.
 */
export function RenewalPlanner({ licences, rules, guideHref, warningHrefs }: PlannerProps) {
  const ids = { licence: useId(), expiry: useId(), issued: useId(), error: useId(), issuedNote: useId() };
  const [licence, setLicence] = useState(licences[0]?.id ?? "");
  const [expiry, setExpiry] = useState("");
  const [issued, setIssued] = useState("");
  const [error, setError] = useState("");
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const [today, setToday] = useState<PlainDate | null>(null);

  // The address is read after hydration: the page itself is static and the same for every plan.
  useEffect(() => {
    setToday(todayInShanghai());
    const params = new URLSearchParams(window.location.search);
    const fromUrl = params.get("licence");
    const known = licences.some((l) => l.id === fromUrl) ? (fromUrl as string) : undefined;
    if (known) setLicence(known);
    const date = parsePlainDate(params.get("expiry"));
    if (date) setExpiry(date);
    if (date && known) setSubmitted({ licence: known, expiry: date });
    else if (params.has("expiry")) setError("地址中的届满日无效，请按“年-月-日”重新填写。");
  }, [licences]);

  function onIssuedChange(value: string) {
    setIssued(value);
    const date = parsePlainDate(value);
    if (date) setExpiry(expiryFromIssue(rules, date));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const date = parsePlainDate(expiry);
    if (!date) {
      setError("请填写有效期届满日，格式为“年-月-日”。");
      return;
    }
    setError("");
    const plan = { licence, expiry: date };
    setSubmitted(plan);
    const url = new URL(window.location.href);
    url.search = new URLSearchParams(plan).toString();
    window.history.replaceState(null, "", url);
  }

  const plan = submitted && today ? renewalPlan(rules, submitted.expiry, today) : null;
  const label = licences.find((l) => l.id === submitted?.licence)?.label ?? "";

  return (
    <div className="planner">
      <form className="planner-form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={ids.licence}>许可证业务</label>
          <select id={ids.licence} value={licence} onChange={(e) => setLicence(e.target.value)}>
            {licences.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.expiry}>有效期届满日</label>
          <input
            id={ids.expiry}
            type="date"
            value={expiry}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
            onChange={(e) => setExpiry(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.issued}>发证日期（可选）</label>
          <input
            id={ids.issued}
            type="date"
            value={issued}
            aria-describedby={ids.issuedNote}
            onChange={(e) => onIssuedChange(e.target.value)}
          />
          <p id={ids.issuedNote} className="field-note">
            填写后按有效期{rules.validity.years}年推算届满日（{citeSource(rules.validity.source)}
            ）；以许可证上载明的届满日为准。
          </p>
        </div>
        {error ? (
          <p id={ids.error} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button">
          生成计划
        </button>
      </form>

      <section className="plan" aria-live="polite" aria-labelledby="plan-title">
        <h2 id="plan-title">续期计划</h2>
        {plan ? (
          <PlanResult
            plan={plan}
            label={label}
            rules={rules}
            guideHref={guideHref}
            warningHrefs={warningHrefs}
            licenceId={submitted?.licence ?? ""}
          />
        ) : (
          <p className="empty-note">选择许可证业务并填写有效期届满日，这里会列出要记住的日期。</p>
        )}
      </section>
    </div>
  );
}

function PlanResult({
  plan,
  label,
  licenceId,
  rules,
  guideHref,
  warningHrefs,
}: {
  plan: RenewalPlan;
  label: string;
  licenceId: string;
} & Omit<PlannerProps, "licences">) {
  const warning =
    plan.status === "expired"
      ? { ...rules.warnings.expired, href: warningHrefs.expired }
      : plan.status === "inside-window"
        ? { ...rules.warnings.insideWindow, href: warningHrefs.insideWindow }
        : null;

  function download() {
    const guideUrl = new URL(guideHref, window.location.origin).href;
    const events = planEvents(plan, rules, { id: licenceId, label }, guideUrl);
    const text = buildCalendar(events, new Date(), `许可证续期计划：${label}`);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
    link.download = `renewal-${licenceId}-${plan.expiry}.ics`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  const hasFutureDates = plan.annualReports.length > 0 || plan.latestFiling >= plan.today;
  return (
    <>
      <p className="plan-summary">
        {label}，有效期届满日 <DateText date={plan.expiry} />
        。今天（北京时间）是 <DateText date={plan.today} />。
      </p>
      {warning ? (
        <div className="warning plan-warning" role="note">
          <p className="warning-label">{plan.status === "expired" ? "已经届满" : "已不足90日"}</p>
          <p>
            {warning.text}（{warning.sources.map(citeSource).join("；")}）
          </p>
          <p>
            <a href={warning.href}>该怎么办：见续期指南的常见问题</a>
          </p>
        </div>
      ) : null}
      <ol className="plan-dates">
        <li className={plan.suggestedStart < plan.today ? "plan-past" : undefined}>
          <p className="plan-date">
            <DateText date={plan.suggestedStart} />
          </p>
          <p className="plan-what">
            建议开始准备 <span className="tag">建议</span>
          </p>
          <p className="plan-why">{rules.suggestedStart.text}</p>
        </li>
        {plan.annualReports.map((date) => (
          <li key={date}>
            <p className="plan-date">
              <DateText date={date} />
            </p>
            <p className="plan-what">年报截止</p>
            <p className="plan-why">
              {rules.annualReport.text}依据：{citeSource(rules.annualReport.source)}。
            </p>
          </li>
        ))}
        <li
          className={`plan-key${plan.status === "in-time" ? "" : " plan-past"}`}
          data-testid="latest-filing"
        >
          <p className="plan-date">
            <DateText date={plan.latestFiling} />
          </p>
          <p className="plan-what">最晚提交延续申请</p>
          <p className="plan-why">
            {rules.renewal.text}依据：{citeSource(rules.renewal.source)}。{rules.renewal.counting}
          </p>
        </li>
        <li>
          <p className="plan-date">
            <DateText date={plan.expiry} />
          </p>
          <p className="plan-what">有效期届满</p>
        </li>
      </ol>
      {hasFutureDates ? (
        <p>
          <button type="button" className="button" onClick={download}>
            加入日历
          </button>{" "}
          <span className="field-note">
            下载 .ics 文件，每个日期都带提前提醒；文件在浏览器中生成，不上传任何信息。
          </span>
        </p>
      ) : null}
      <p>
        <a href={guideHref}>阅读续期（延续）办理指南</a>
      </p>
    </>
  );
}
