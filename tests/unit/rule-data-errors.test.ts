import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatAuthorError } from "@/lib/content/errors";
import { finderFile, loadRuleData, rulesFile } from "@/lib/rules/load";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const realRules = readFileSync(path.join(projectRoot, rulesFile), "utf8");
const realFinder = readFileSync(path.join(projectRoot, finderFile), "utf8");
const context = {
  licenceIds: ["b11", "b12", "b13", "b14", "b21", "b22", "b23", "b24", "b25", "b26", "code-numbers"],
  articleSlugs: [
    "value-added-licence-renewal",
    "icp-licence-explained",
    "edi-licence-guide",
    "call-centre-licence-application",
    "call-centre-compliance",
    "sp-licence-application",
    "sms-code-numbers",
    "idc-licence-application",
    "cdn-licence-application",
    "isp-licence-application",
    "multi-party-communication-licence",
    "store-and-forward-licence",
    "telecom-licence-categories",
  ],
  anchorsOf: (slug: string) =>
    slug === "value-added-licence-renewal" ? ["expired-licence", "how-long"] : [],
};

/** Load rule data from a throwaway root holding the given texts of the two files. */
function check(rules: string, finder = realFinder) {
  const root = mkdtempSync(path.join(tmpdir(), "rules-"));
  mkdirSync(path.join(root, "content"));
  writeFileSync(path.join(root, rulesFile), rules);
  writeFileSync(path.join(root, finderFile), finder);
  return loadRuleData(root, context).errors.map(formatAuthorError);
}

/** The line number (1-based) of the first line containing `text`. */
const lineOf = (source: string, text: string) => source.split("\n").findIndex((l) => l.includes(text)) + 1;

describe("rule data errors", () => {
  it("accepts the real rule data", () => {
    expect(check(realRules)).toEqual([]);
  });

  it("reports a number of days that is not a number with file, line, field, found and expected", () => {
    const broken = realRules.replace("daysBeforeExpiry: 90", 'daysBeforeExpiry: "ninety"');
    expect(check(broken)).toEqual([
      `content/rules.yaml:${lineOf(broken, "daysBeforeExpiry")} renewal.daysBeforeExpiry: found "ninety", expected a whole number of days [invalid-field]`,
    ]);
  });

  it("reports a rule without its source", () => {
    const broken = realRules.replace(
      /decision:\n {2}days: 60\n {2}text: (.*)\n {2}source:\n {4}title: .*\n {4}article: .*\n/,
      "decision:\n  days: 60\n  text: $1\n",
    );
    expect(check(broken)).toEqual([
      `content/rules.yaml:${lineOf(broken, "decision:")} decision.source: found no "decision.source" field, expected a value of type object [missing-field]`,
    ]);
  });

  it("reports every mistake in one run: an unknown licence id with a suggestion, and an unknown article", () => {
    const broken = realRules
      .replace("b14, b21", "b14, b2l")
      .replace("guide: value-added-licence-renewal", "guide: renewal");
    expect(check(broken)).toEqual([
      `content/rules.yaml:${lineOf(broken, "licences:")} licences[4]: found "b2l", expected a licence id from content/taxonomy.yaml (did you mean "b21"?) [unknown-taxonomy]`,
      `content/rules.yaml:${lineOf(broken, "guide: renewal")} guide: found "renewal", expected the slug of an article [unknown-related]`,
    ]);
  });

  it("reports a warning that links to a question the guide does not have", () => {
    const broken = realRules.replace(
      "    faq: expired-licence\n    sources:\n      - title: 《中华人民共和国行政许可法》",
      "    faq: expird-licence\n    sources:\n      - title: 《中华人民共和国行政许可法》",
    );
    expect(check(broken)).toEqual([
      `content/rules.yaml:${lineOf(broken, "expird-licence")} warnings.expired.faq: found "expird-licence", expected a heading anchor of "value-added-licence-renewal" (did you mean "expired-licence"?) [broken-anchor]`,
    ]);
  });

  it("reports an unknown field and invalid YAML in the finder", () => {
    expect(
      check(realRules, realFinder.replace("    examples: 企业邮箱服务", "    exampels: 企业邮箱服务")),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/licence-finder\.yaml:\d+ activities\[9\]\.exampels: found an unknown field/,
        ),
      ]),
    );
    expect(check(realRules, "activities: [\n")[0]).toMatch(
      /^content\/licence-finder\.yaml:\d+ \(yaml\): found .*, expected valid YAML \[invalid-yaml\]$/,
    );
  });

  it("reports a finder answer whose basis has no source", () => {
    const broken = realFinder.replace(
      "        source: { title: 《电信业务分类目录（2015年版）》, note: 据转引 }\n    articles: [edi-licence-guide]",
      "    articles: [edi-licence-guide]",
    );
    const errors = check(realRules, broken);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^content\/licence-finder\.yaml:\d+ activities\[2\]\.basis\[0\]\.source: found no/,
    );
  });
});
