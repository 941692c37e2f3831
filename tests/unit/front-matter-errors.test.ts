import { describe, expect, it } from "vitest";
import { article, guideBody, loadTree, validFrontMatter } from "../support/content-tree";

describe("editor errors name the file, line, field, what was found and what is expected", () => {
  it("accepts a valid explainer and a valid guide", () => {
    const { messages, articles } = loadTree({
      "a.md": article("正文。"),
      "b.md": article(guideBody, { "type: explainer": "type: guide" }),
    });
    expect(messages).toEqual([]);
    expect(articles.map((a) => a.slug)).toEqual(["a", "b"]);
  });

  it("reports a missing required field at the front matter's first line", () => {
    const { messages } = loadTree({ "no-title.md": article("正文。", { "title: 测试指南\n": "" }) });
    expect(messages).toEqual([
      'content/articles/no-title.md:1 title: found no "title" field, expected a title [missing-field]',
    ]);
  });

  it("reports a wrong value at the line where the key is written", () => {
    const { messages } = loadTree({
      "bad-values.md": article("正文。", {
        "type: explainer": "type: tutorial",
        "updated: 2026-11-29": "updated: 29/11/2026",
        "    article: 第十三条": "    article: 13",
      }),
    });
    expect(messages).toEqual([
      'content/articles/bad-values.md:4 type: found "tutorial", expected "guide" or "explainer" [invalid-field]',
      'content/articles/bad-values.md:8 updated: found "29/11/2026", expected a date written as YYYY-MM-DD [invalid-field]',
      "content/articles/bad-values.md:12 sources[0].article: found 13, expected an article such as 第十三条 [invalid-field]",
    ]);
  });

  it("reports an unknown field and a misspelt one", () => {
    const { messages } = loadTree({
      "extra.md": article("正文。", { "related: []": "relatd: []\nauthor: 张三" }),
    });
    expect(messages).toEqual([
      'content/articles/extra.md:13 relatd: found an unknown field "relatd", expected only the fields listed in docs/editing.md [unknown-field]',
      'content/articles/extra.md:14 author: found an unknown field "author", expected only the fields listed in docs/editing.md [unknown-field]',
    ]);
  });

  it("reports unknown taxonomy values with the nearest known id", () => {
    const { messages } = loadTree({
      "taxonomy.md": article("正文。", {
        "licences: [b25]": "licences: [b25, ICP, b99]",
        "topic: renewal": "topic: renewl",
        "regions: [national]": "regions: [bejing]",
      }),
    });
    expect(messages).toEqual([
      'content/articles/taxonomy.md:5 licences[1]: found "ICP", expected a licence id from content/taxonomy.yaml (did you mean "b25"?) [unknown-taxonomy]',
      'content/articles/taxonomy.md:5 licences[2]: found "b99", expected a licence id from content/taxonomy.yaml (did you mean "b11"?) [unknown-taxonomy]',
      'content/articles/taxonomy.md:6 topic: found "renewl", expected a topic id from content/taxonomy.yaml (did you mean "renewal"?) [unknown-taxonomy]',
      'content/articles/taxonomy.md:7 regions[0]: found "bejing", expected a region id from content/taxonomy.yaml (did you mean "beijing"?) [unknown-taxonomy]',
    ]);
  });

  it("reports a related slug that is not an article, with a suggestion", () => {
    const { messages } = loadTree({
      "edi-renewal.md": article("正文。"),
      "x.md": article("正文。", { "related: []": "related:\n  - edi-renewal\n  - edi-renew" }),
    });
    expect(messages).toEqual([
      'content/articles/x.md:15 related[1]: found "edi-renew", expected the slug of an article (did you mean "edi-renewal"?) [unknown-related]',
    ]);
  });

  it("reports invalid YAML with the line the parser stopped at", () => {
    const { messages } = loadTree({ "yaml.md": article("正文。", { "topic: renewal": "topic: [renewal" }) });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^content\/articles\/yaml\.md:\d+ \(front matter\): found .+, expected valid YAML \[invalid-yaml\]$/,
    );
  });

  it("reports a duplicate key as invalid YAML", () => {
    const { messages } = loadTree({
      "dup.md": article("正文。", { "topic: renewal": "topic: renewal\ntopic: apply" }),
    });
    expect(messages).toEqual([
      "content/articles/dup.md:7 (front matter): found Map keys must be unique, expected valid YAML [invalid-yaml]",
    ]);
  });

  it("reports empty files, files without front matter and files that are not UTF-8", () => {
    const latin1 = new Uint8Array([...Buffer.from(`${validFrontMatter}\n第一行\n`), 0xff, 0xfe, 0x0a]);
    const { messages } = loadTree({
      "empty.md": "  \n",
      "plain.md": "# 标题\n\n正文。\n",
      "latin1.md": latin1,
    });
    expect(messages).toEqual([
      "content/articles/empty.md:1 (file): found an empty file, expected front matter and a Markdown body [empty-file]",
      "content/articles/latin1.md:18 (file): found bytes that are not UTF-8, expected a file saved as UTF-8 [invalid-utf8]",
      'content/articles/plain.md:1 (front matter): found "# 标题", expected a first line of --- opening the front matter [missing-front-matter]',
    ]);
  });

  it("accepts a UTF-8 byte order mark and Windows line endings", () => {
    const text = article(guideBody, { "type: explainer": "type: guide" });
    const { messages, articles } = loadTree({
      "bom.md": `\uFEFF${text}`,
      "crlf.md": text.replace(/\n/g, "\r\n"),
    });
    expect(messages).toEqual([]);
    expect(articles.find((a) => a.slug === "crlf")?.blocks.map((b) => b.kind)).toEqual([
      "prose",
      "prerequisites",
      "steps",
      "pitfalls",
    ]);
  });

  it("reports a file name that cannot be an address, and two files with one slug", () => {
    const { messages } = loadTree({
      "续期指南.md": article("正文。"),
      "renewal.md": article("正文。"),
      "icp/renewal.md": article("正文。"),
    });
    expect(messages).toEqual([
      'content/articles/renewal.md:1 (file name): found the slug "renewal", already used by content/articles/icp/renewal.md, expected a file name no other article uses [duplicate-slug]',
      'content/articles/续期指南.md:1 (file name): found "续期指南.md", expected a file name of lowercase ASCII letters, digits and hyphens, e.g. annual-report-guide.md [invalid-slug]',
    ]);
  });

  it("reports every problem of every file in one run", () => {
    const { messages } = loadTree({
      "a.md": article("正文。", { "title: 测试指南\n": "", "topic: renewal": "topic: nope" }),
      "b.md": article("[坏链接](/articles/missing)"),
      "c.md": article("正文。", { "type: explainer": "type: guide" }),
    });
    expect(messages.map((m) => m.split(" ")[0])).toEqual([
      "content/articles/a.md:1",
      "content/articles/a.md:5",
      "content/articles/b.md:17",
      "content/articles/c.md:4",
      "content/articles/c.md:4",
      "content/articles/c.md:4",
    ]);
  });
});
