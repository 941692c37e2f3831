import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatAuthorError } from "@/lib/content/errors";
import {
  findNearCopies,
  nearCopyRules,
  type ProseSource,
  runIds,
  splitSentences,
  withoutCitations,
  wordsOf,
} from "@/lib/content/near-copies";
import { warningReport } from "../../scripts/content-pass";
import { loadTree, writeTree } from "../support/content-tree";

const fixtureDir = "tests/fixtures/near-copies";
const fixtures = Object.fromEntries(
  readdirSync(fixtureDir).map((name) => [name, readFileSync(`${fixtureDir}/${name}`, "utf8")]),
);

/** One article of one paragraph per text, each on its own line from line 10. */
const source = (slug: string, ...texts: string[]): ProseSource => ({
  file: `content/articles/${slug}.md`,
  slug,
  paragraphs: texts.map((text, i) => ({ line: 10 + i, text, links: [] })),
});
const where = (warnings: ReturnType<typeof findNearCopies>) => warnings.map((w) => `${w.file}:${w.line}`);

const authority =
  "业务只在一个省（区、市）内开展的，向该省通信管理局申请；覆盖两个以上省（区、市）的，向工业和信息化部申请。";

describe("near-copy sentences are found across articles and reported as warnings", () => {
  it("warns in the content pass about each copy, with file:line, naming the other articles", () => {
    const tree = loadTree(fixtures);
    expect(tree.messages).toEqual([]);
    expect(tree.warnings.map(formatAuthorError)).toEqual([
      'content/articles/call-centre-application.md:20 body sentence: found "业务只在一个省（区、市）内开展的，向该省通信管理局申请；覆盖两个以上省（区、市）…", nearly word for word in 2 other articles (edi-application, icp-application), expected the passage in one article, and a one-line link to it in the others [near-copy]',
      'content/articles/edi-application.md:18 body sentence: found "只在一个省（区、市）内开展业务的，向该省通信管理局申请；覆盖两个以上省（区、市）…", nearly word for word in 2 other articles (call-centre-application, icp-application), expected the passage in one article, and a one-line link to it in the others [near-copy]',
      'content/articles/icp-application.md:18 body sentence: found "业务只在一个省（区、市）内开展的，向该省通信管理局申请；覆盖两个以上省（区、市）…", nearly word for word in 2 other articles (call-centre-application, edi-application), expected the passage in one article, and a one-line link to it in the others [near-copy]',
    ]);
    // Warnings never stop a build: the articles are all published (without the paragraphs the check read).
    expect(tree.articles).toHaveLength(4);
    for (const article of tree.articles) expect(article).not.toHaveProperty("paragraphs");
  });

  it("is printed by npm run check as warnings with a count, and the check still passes", () => {
    const projectRoot = path.resolve(import.meta.dirname, "../..");
    const result = spawnSync(
      path.join(projectRoot, "node_modules", ".bin", "tsx"),
      [path.join(projectRoot, "scripts", "check-content.ts"), writeTree(fixtures)],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(0);
    const lines = result.stderr.split("\n");
    expect(lines.filter((line) => line.startsWith("warning: "))).toHaveLength(3);
    expect(lines).toContain(
      'warning: content/articles/icp-application.md:18 body sentence: found "业务只在一个省（区、市）内开展的，向该省通信管理局申请；覆盖两个以上省（区、市）…", nearly word for word in 2 other articles (call-centre-application, edi-application), expected the passage in one article, and a one-line link to it in the others [near-copy]',
    );
    expect(lines).toContain("3 warnings: 3 near-copy.");
    expect(result.stdout).toMatch(/^content ok: 4 articles checked/);
  }, 60_000);

  it("needs copies in two other articles: a sentence shared by two articles only is not reported", () => {
    expect(findNearCopies([source("a", authority), source("b", authority)])).toEqual([]);
    expect(
      where(findNearCopies([source("a", authority), source("b", authority), source("c", authority)])),
    ).toEqual(["content/articles/a.md:10", "content/articles/b.md:10", "content/articles/c.md:10"]);
  });

  it("counts a sentence that shares at least 60% of its 8-character runs, not one that shares less", () => {
    // Same sentence with its first clause reworded: most runs still shared.
    const reworded =
      "只在一个省（区、市）内经营的，向该省通信管理局申请；覆盖两个以上省（区、市）的，向工业和信息化部申请。";
    // Same topic, different words.
    const rewritten =
      "跨省经营的企业向工业和信息化部提出申请，只在本省经营的企业向所在地的省级通信管理局提出申请。";
    expect(
      where(findNearCopies([source("a", authority), source("b", authority), source("c", reworded)])),
    ).toEqual(["content/articles/a.md:10", "content/articles/b.md:10", "content/articles/c.md:10"]);
    expect(findNearCopies([source("a", authority), source("b", authority), source("c", rewritten)])).toEqual(
      [],
    );
  });

  it("ignores citations: copies that differ only in how they cite are copies", () => {
    const cited = authority.replace(
      "。",
      "（《电信业务经营许可管理办法》（工业和信息化部令第42号）第五条）。",
    );
    const shortCited = authority.replace("。", "（42号令第五条）。");
    expect(
      findNearCopies([source("a", authority), source("b", cited), source("c", shortCited)]),
    ).toHaveLength(3);
    expect(
      withoutCitations("依据《电信条例》第十三条第二款（据转引），应当在期满前申请（42号令第八条）。"),
    ).toBe("依据，应当在期满前申请。");
  });

  it("leaves out sentences under 30 Chinese characters once citations are removed", () => {
    const short = "年报每年报送一次，逾期可能列入不良名单（《电信业务经营许可管理办法》第三十五条）。";
    expect(findNearCopies([source("a", short), source("b", short), source("c", short)])).toEqual([]);
  });

  it("leaves out link text: a one-line cross-reference to the passage's home is not a copy", () => {
    const reference =
      "材料和条件与其他增值电信业务许可证相同，见增值电信业务经营许可证的申请条件与申请材料清单。";
    const linked: ProseSource["paragraphs"][number] = {
      line: 10,
      text: reference,
      links: [[reference.indexOf("增值电信业务经营许可证的"), reference.length - 1]],
    };
    const article = (slug: string): ProseSource => ({ file: `${slug}.md`, slug, paragraphs: [linked] });
    expect(findNearCopies([article("a"), article("b"), article("c")])).toEqual([]);
    // The same words written as plain text are a copy.
    expect(
      findNearCopies([source("a", reference), source("b", reference), source("c", reference)]),
    ).toHaveLength(3);
  });

  it("reports a copy repeated in one article once per place, and names each other article once", () => {
    const warnings = findNearCopies([
      source("a", authority, authority),
      source("b", authority),
      source("c", authority),
    ]);
    expect(where(warnings)).toEqual([
      "content/articles/a.md:10",
      "content/articles/a.md:11",
      "content/articles/b.md:10",
      "content/articles/c.md:10",
    ]);
    expect(warnings[0]?.found).toMatch(/in 2 other articles \(b, c\)$/);
  });

  it("counts other articles up to 50 and then says “or more”", () => {
    const many = Array.from({ length: 60 }, (_, i) => source(`a${String(i).padStart(2, "0")}`, authority));
    const warnings = findNearCopies(many);
    expect(warnings).toHaveLength(60);
    expect(warnings[0]?.found).toMatch(
      /in 50 or more other articles \(a01, a02, a03, a04, a05, a06, a07, a08, a09, a10 and more\)$/,
    );
  });

  it("names at most ten other articles and says how many more there are", () => {
    const many = Array.from({ length: 14 }, (_, i) => source(`a${String(i).padStart(2, "0")}`, authority));
    expect(findNearCopies(many)[0]?.found).toMatch(
      /in 13 other articles \(a01, a02, a03, a04, a05, a06, a07, a08, a09, a10 and 3 more\)$/,
    );
  });
});

/**
 * The rule written the slow, obvious way: every long sentence compared with every sentence of every other article.
 * Returns "file:line count" for each reported sentence.
 */
function bruteForce(sources: ProseSource[]): string[] {
  const ids = new Map<string, number>();
  const sentences = sources.flatMap((s, article) =>
    s.paragraphs.flatMap((p) =>
      splitSentences(p).flatMap((sentence) => {
        const { words, han } = wordsOf(withoutCitations(sentence.own));
        return han < nearCopyRules.minHan
          ? []
          : [{ article, line: sentence.line, runs: new Set(runIds(words, nearCopyRules.runLength, ids)) }];
      }),
    ),
  );
  return sentences.flatMap((x) => {
    const need = Math.ceil(x.runs.size * nearCopyRules.shared);
    const others = new Set(
      sentences
        .filter((y) => y.article !== x.article && [...x.runs].filter((r) => y.runs.has(r)).length >= need)
        .map((y) => y.article),
    );
    return others.size >= nearCopyRules.otherArticles
      ? [`${sources[x.article]?.file}:${x.line} ${others.size}`]
      : [];
  });
}

/** Articles of four sentences each, from three templates whose slots are filled at random (the same each run). */
function templatedArticles(count: number): ProseSource[] {
  let state = 7;
  const random = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const pick = (words: string[]) => words[random(words.length)] as string;
  const regions = ["北京", "上海", "广东", "四川", "浙江"];
  const licences = ["ICP", "EDI", "呼叫中心", "存储转发"];
  const actions = ["续期", "年报", "变更", "注销"];
  const reasons = ["因覆盖范围问题被退回", "在截止日前一周内才提交", "选择了委托代理办理"];
  const templates = [
    () =>
      `据不完全统计，${pick(regions)}${2019 + random(6)}年受理的${pick(licences)}许可证${pick(actions)}事项中，约有${random(50)}%${pick(reasons)}。`,
    () =>
      `${authority.slice(0, 20 + random(20))}，其余按发证机关的要求办理，具体以${pick(regions)}通信管理局公布的为准。`,
    () =>
      `企业在${pick(regions)}办理${pick(licences)}许可证${pick(actions)}时，应当提前核对营业执照、公司章程和股权结构，确认信息一致。`,
  ];
  return Array.from({ length: count }, (_, i) =>
    source(
      `t${String(i).padStart(2, "0")}`,
      ...Array.from({ length: 4 }, () => (templates[random(templates.length)] as () => string)()),
    ),
  );
}

describe("the fast search finds exactly what comparing every pair finds", () => {
  it("on templated articles whose sentences share slots, words and whole clauses", () => {
    const sources = templatedArticles(40);
    const expected = bruteForce(sources);
    expect(expected.length).toBeGreaterThan(20);
    const found = findNearCopies(sources, { ...nearCopyRules, countUpTo: 1000 }).map(
      (w) => `${w.file}:${w.line} ${/in (\d+) other articles/.exec(w.found)?.[1]}`,
    );
    expect(found.sort()).toEqual(expected.sort());
  });

  it("says when it read only part of what sentences share, and what it reports is still right", () => {
    const sources = templatedArticles(40);
    const warnings = findNearCopies(sources, { ...nearCopyRules, countUpTo: 1000, readUpTo: 20 });
    const limit = warnings.filter((w) => w.code === "near-copy-limit");
    expect(limit).toHaveLength(1);
    expect(limit[0]?.found).toMatch(
      /^\d+ sentences, this one first, whose rarest 8-character runs are shared by more sentences than the check reads for one \(20\)/,
    );
    const expected = new Set(bruteForce(sources).map((line) => line.split(" ")[0]));
    const reported = warnings.filter((w) => w.code === "near-copy").map((w) => `${w.file}:${w.line}`);
    expect(reported.length).toBeGreaterThan(0);
    for (const place of reported) expect(expected).toContain(place);
    // With the default limit nothing in these articles is cut short.
    expect(findNearCopies(sources).filter((w) => w.code === "near-copy-limit")).toEqual([]);
  });
});

describe("sentences and their runs", () => {
  it("gives each sentence of a paragraph the file line it starts on", () => {
    const paragraph = {
      line: 40,
      text: "第一句在第一行。第二句也在第一行，\n但写到了第二行。\n第三句从第三行开始！“第四句带引号。”",
      links: [],
    };
    expect(splitSentences(paragraph).map((s) => `${s.line} ${s.text}`)).toEqual([
      "40 第一句在第一行。",
      "40 第二句也在第一行，但写到了第二行。",
      "42 第三句从第三行开始！",
      "42 “第四句带引号。”",
    ]);
  });

  it("gives each distinct run one id, equal runs the same id, and counts a repeated run once", () => {
    const ids = new Map<string, number>();
    expect([...runIds("一二三四五六七八九", 8, ids)]).toEqual([0, 1]);
    expect([...runIds("二三四五六七八九", 8, ids)]).toEqual([1]);
    expect(runIds("一二三四五六七八一二三四五六七八", 8, ids)).toHaveLength(8);
    expect(runIds("一二三四五六七", 8, ids)).toHaveLength(0);
  });
});

describe("the printed report of warnings", () => {
  const warning = (code: "near-copy" | "myth-heading", line: number) => ({
    code,
    file: "content/articles/a.md",
    line,
    field: "body sentence",
    found: "x",
    expected: "y",
  });

  it("prints every warning when there are few, then each code's meaning and the count by code", () => {
    const report = warningReport([warning("near-copy", 3), warning("myth-heading", 5)]);
    expect(report.filter((line) => line.startsWith("warning: "))).toEqual([
      "warning: content/articles/a.md:3 body sentence: found x, expected y [near-copy]",
      "warning: content/articles/a.md:5 body sentence: found x, expected y [myth-heading]",
    ]);
    expect(report.at(-1)).toBe("2 warnings: 1 near-copy, 1 myth-heading.");
    expect(report.some((line) => line.startsWith("[near-copy] "))).toBe(true);
  });

  it("prints at most the limit of one code and says how many more there are", () => {
    const many = Array.from({ length: 7 }, (_, i) => warning("near-copy", i + 1));
    const report = warningReport([...many, warning("myth-heading", 9)], 5);
    expect(report.filter((line) => line.startsWith("warning: "))).toEqual([
      ...many
        .slice(0, 5)
        .map(
          (w) => `warning: content/articles/a.md:${w.line} body sentence: found x, expected y [near-copy]`,
        ),
      "warning: content/articles/a.md:9 body sentence: found x, expected y [myth-heading]",
      "warning: 2 more [near-copy] warnings not printed",
    ]);
    expect(report.at(-1)).toBe("8 warnings: 7 near-copy, 1 myth-heading.");
  });
});
