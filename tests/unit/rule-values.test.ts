import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatAuthorError } from "@/lib/content/errors";
import { rulesFile } from "@/lib/rules/load";
import { runSitePass } from "@/lib/site/pass";
import { article } from "../support/content-tree";

const projectRoot = path.resolve(import.meta.dirname, "../..");

/** A throwaway project with the real taxonomy, the given rules.yaml text and one article. */
function load(body: string, rules = readFileSync(path.join(projectRoot, rulesFile), "utf8")) {
  const root = mkdtempSync(path.join(tmpdir(), "rule-values-"));
  mkdirSync(path.join(root, "content", "articles"), { recursive: true });
  copyFileSync(
    path.join(projectRoot, "content", "taxonomy.yaml"),
    path.join(root, "content", "taxonomy.yaml"),
  );
  writeFileSync(path.join(root, rulesFile), rules);
  writeFileSync(path.join(root, "content", "articles", "x.md"), article(body));
  // The whole pass: rules.yaml fills the article; the finder and featured files this tree lacks are its own problem.
  const tree = runSitePass({ root });
  const articleErrors = tree.errors.filter((error) => error.file.startsWith("content/articles/"));
  return { tree, messages: articleErrors.map(formatAuthorError) };
}

const textOf = (tree: ReturnType<typeof load>["tree"]) => JSON.stringify(tree.articles[0]?.blocks ?? []);

describe("rule values in articles", () => {
  it("fills {{rules.…}} with the number from content/rules.yaml", () => {
    const { tree, messages } = load(
      "须在届满前至少{{rules.renewal.daysBeforeExpiry}}日申请延续，有效期{{rules.validity.years}}年，变更在{{ rules.changes.name-representative-capital.days }}日内。",
    );
    expect(messages).toEqual([]);
    expect(textOf(tree)).toContain("须在届满前至少90日申请延续，有效期5年，变更在30日内。");
  });

  it("follows a corrected rule: the article changes with the data", () => {
    const rules = readFileSync(path.join(projectRoot, rulesFile), "utf8").replace(
      "daysBeforeExpiry: 90",
      "daysBeforeExpiry: 60",
    );
    const { tree } = load("至少{{rules.renewal.daysBeforeExpiry}}日。", rules);
    expect(textOf(tree)).toContain("至少60日。");
  });

  it("reports an unknown name with its file line and a suggestion, so the build stops", () => {
    const body = "第一段。\n\n至少{{rules.renewal.daysBeforeExpir}}日。";
    const { messages } = load(body);
    const line =
      article(body)
        .split("\n")
        .findIndex((l) => l.includes("{{rules.")) + 1;
    expect(messages).toEqual([
      `content/articles/x.md:${line} body rule value: found "{{rules.renewal.daysBeforeExpir}}", expected {{rules.<name>}} with a name from content/rules.yaml (did you mean "renewal.daysBeforeExpiry"?) [unknown-rule-value]`,
    ]);
  });

  it("leaves text without placeholders alone", () => {
    const { tree, messages } = load("模板写法 {{title}} 不是规则值。");
    expect(messages).toEqual([]);
    expect(textOf(tree)).toContain("模板写法 {{title}} 不是规则值。");
  });
});
