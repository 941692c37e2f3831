"use client";

import { useEffect, useState } from "react";
import type { Finder } from "@/lib/rules/schema";

interface Basis {
  rule: string;
  source: { title: string; article?: string; note?: string };
}

export interface FinderProps {
  finder: Finder;
  licences: Record<string, { label: string; href: string }>;
  articles: Record<string, { title: string; href: string }>;
}

type Answers = { activity?: string; scope?: string; foreign?: string };
const questionKeys = ["activity", "scope", "foreign"] as const;

function cite(source: Basis["source"]) {
  return `${source.title}${source.article ?? ""}${source.note ? `（${source.note}）` : ""}`;
}

function BasisList({ items }: { items: Basis[] }) {
  return (
    <ul className="finder-basis">
      {items.map((item) => (
        <li key={item.rule}>
          {item.rule}
          <span className="source-note">（{cite(item.source)}）</span>
        </li>
      ))}
    </ul>
  );
}

function Choice({
  name,
  legend,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  options: { id: string; label: string; examples?: string }[];
  value?: string;
  onChange: (id: string) => void;
}) {
  return (
    <fieldset className="finder-question">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="finder-option">
          <input
            type="radio"
            name={name}
            value={option.id}
            checked={value === option.id}
            onChange={() => onChange(option.id)}
          />
          <span>
            {option.label}
            {option.examples ? <span className="finder-examples">例如：{option.examples}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The licence finder: three plain questions, an answer built only from the rule data, each part with the
 * definition or regulation it rests on. The answers are kept in the address so a result can be shared.
 */
export function LicenceFinder({ finder, licences, articles }: FinderProps) {
  const [answers, setAnswers] = useState<Answers>({});

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const lists = { activity: finder.activities, scope: finder.scopes, foreign: finder.foreign };
    const fromUrl: Answers = {};
    for (const key of questionKeys) {
      const value = params.get(key);
      if (value && lists[key].some((item) => item.id === value)) fromUrl[key] = value;
    }
    setAnswers(fromUrl);
  }, [finder]);

  function choose(key: keyof Answers, id: string) {
    const next = { ...answers, [key]: id };
    setAnswers(next);
    const url = new URL(window.location.href);
    url.search = new URLSearchParams(next as Record<string, string>).toString();
    window.history.replaceState(null, "", url);
  }

  const activity = finder.activities.find((a) => a.id === answers.activity);
  const scope = finder.scopes.find((s) => s.id === answers.scope);
  const foreign = finder.foreign.find((f) => f.id === answers.foreign);
  const needsLicence = !!activity && activity.licences.length > 0 && !activity.undecided;

  return (
    <div className="finder">
      <form className="finder-form" onSubmit={(e) => e.preventDefault()}>
        <Choice
          name="activity"
          legend="1. 业务主要做什么？"
          options={finder.activities}
          value={answers.activity}
          onChange={(id) => choose("activity", id)}
        />
        <Choice
          name="scope"
          legend="2. 业务覆盖几个省（区、市）？"
          options={finder.scopes}
          value={answers.scope}
          onChange={(id) => choose("scope", id)}
        />
        <Choice
          name="foreign"
          legend="3. 公司有外国投资者吗？"
          options={finder.foreign}
          value={answers.foreign}
          onChange={(id) => choose("foreign", id)}
        />
      </form>

      <section className="finder-answer" aria-live="polite" aria-labelledby="finder-answer-title">
        <h2 id="finder-answer-title">结果</h2>
        {!activity ? (
          <p className="empty-note">先回答第1个问题，这里会给出所需的许可证、发证机关和依据。</p>
        ) : (
          <>
            {needsLicence ? (
              <ul className="finder-licences">
                {activity.licences.map((id) => (
                  <li key={id}>
                    <a href={licences[id]?.href}>{licences[id]?.label ?? id}</a>
                  </li>
                ))}
              </ul>
            ) : null}
            <p className={activity.undecided ? "warning" : undefined}>{activity.result}</p>
            <h3>依据</h3>
            <BasisList items={activity.basis} />
            {activity.note ? <p className="finder-note">注意：{activity.note}</p> : null}

            {needsLicence ? (
              scope ? (
                <div className="finder-authority">
                  <h3>向谁申请</h3>
                  <p>
                    由<strong>{scope.authority}</strong>审批，颁发{scope.certificate}。
                  </p>
                  <BasisList items={[scope.basis]} />
                </div>
              ) : (
                <p className="empty-note">回答第2个问题，可以看到向谁申请。</p>
              )
            ) : null}

            {foreign?.result ? (
              <div className="finder-foreign">
                <h3>外资</h3>
                <p className={foreign.undecided ? "warning" : undefined}>{foreign.result}</p>
                {foreign.basis ? <BasisList items={foreign.basis} /> : null}
              </div>
            ) : null}

            <h3>延伸阅读</h3>
            <ul>
              {activity.articles.map((slug) => (
                <li key={slug}>
                  <a href={articles[slug]?.href}>{articles[slug]?.title ?? slug}</a>
                </li>
              ))}
            </ul>
            <p className="sources-disclaimer">
              本工具只按公开规定作初步判断，是否需要许可、需要哪一类，以发证的省通信管理局或工业和信息化部的答复为准。
            </p>
          </>
        )}
      </section>
    </div>
  );
}
