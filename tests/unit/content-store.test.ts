import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatAuthorError } from "@/lib/content/errors";
import { loadContent } from "@/lib/content/load";
import { storeFile } from "@/lib/content/store";
import { getSite } from "@/lib/site";
import { runSitePass } from "@/lib/site/pass";
import { readSnapshot, snapshotFile } from "@/lib/site/snapshot";
import { article, loadTree } from "../support/content-tree";

const articleFile = (root: string, name: string) => path.join(root, "content", "articles", name);

describe("the content store parses each file once and again only when it changes", () => {
  it("re-uses every stored file on the next pass, and re-parses only the one edited", () => {
    const { root } = loadTree({ "a.md": article("甲。"), "b.md": article("乙。"), "c.md": article("丙。") });
    expect(loadContent({ root, store: "write" }).stats).toEqual({ parsed: 3, reused: 0 });
    expect(loadContent({ root, store: "write" }).stats).toEqual({ parsed: 0, reused: 3 });

    writeFileSync(articleFile(root, "b.md"), article("乙，改过了。"));
    const edited = loadContent({ root, store: "write" });
    expect(edited.stats).toEqual({ parsed: 1, reused: 2 });
    expect(JSON.stringify(edited.articles.find((a) => a.slug === "b")?.blocks)).toContain("乙，改过了。");
  });

  it("gives the same articles and errors from the store as from parsing", () => {
    const { root } = loadTree({
      "a.md": article("见[缺失](/articles/missing)。"),
      "b.md": article("## 办理步骤\n\n### 一步\n\n做。"),
    });
    const fresh = runSitePass({ root, store: "write" });
    const stored = runSitePass({ root, store: "read" });
    expect(stored.stats.reused).toBe(2);
    expect(stored.errors.map(formatAuthorError)).toEqual(fresh.errors.map(formatAuthorError));
    expect(stored.errors).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(stored.articles))).toEqual(JSON.parse(JSON.stringify(fresh.articles)));
  });

  it("never writes the store when only checking", () => {
    const { root } = loadTree({ "a.md": article("甲。") });
    loadContent({ root, store: "read" });
    expect(existsSync(path.join(root, storeFile))).toBe(false);
  });

  it("ignores a store made by another version of the pipeline", () => {
    const { root } = loadTree({ "a.md": article("甲。") });
    loadContent({ root, store: "write" });
    const file = path.join(root, storeFile);
    writeFileSync(file, readFileSync(file, "utf8").replace(/"version":"[^"]*"/, '"version":"older"'));
    expect(loadContent({ root, store: "read" }).stats).toEqual({ parsed: 1, reused: 0 });
  });
});

describe("the data files under content/ are checked by the same pass", () => {
  it("reports a bad synonym group and a bad seed question with file and line", () => {
    const { root } = loadTree({ "a.md": article("甲。") });
    writeFileSync(path.join(root, "content", "synonyms.yaml"), "groups:\n  - [年报, 年检]\n  - [孤单]\n");
    writeFileSync(
      path.join(root, "content", "seed-questions.yaml"),
      'questions:\n  - { issue: 5, text: "好问题" }\n  - { issue: 5 }\n',
    );
    expect(runSitePass({ root }).errors.map(formatAuthorError)).toEqual([
      'content/seed-questions.yaml:3 questions[1].text: found no "questions[1].text" field, expected a question [invalid-data-file]',
      'content/synonyms.yaml:3 groups[1]: found ["孤单"], expected a group of at least two words [invalid-data-file]',
    ]);
  });
});

describe("the pages read a snapshot of the checked content, and only while it matches content/", () => {
  it("is written by a build pass without errors and matches until a file changes", () => {
    const { root } = loadTree({ "a.md": article("甲。"), "b.md": article("乙。") });
    const tree = runSitePass({ root, store: "write" });
    const snapshot = readSnapshot(root);
    if ("stale" in snapshot) throw new Error(snapshot.stale);
    expect(snapshot.articles.map((a) => a.slug)).toEqual(tree.articles.map((a) => a.slug));

    writeFileSync(articleFile(root, "b.md"), article("乙，改过了。"));
    expect(readSnapshot(root)).toEqual({ stale: "content/articles/b.md changed since it was written" });
    writeFileSync(articleFile(root, "c.md"), article("丙。"));
    expect(readSnapshot(root)).toEqual({ stale: "articles were added or removed since it was written" });
  });

  it("is not written when the content has errors", () => {
    const { root } = loadTree({ "a.md": article("见[缺失](/articles/missing)。") });
    runSitePass({ root, store: "write" });
    expect(existsSync(path.join(root, snapshotFile))).toBe(false);
  });

  it("is required by the pages: without one, they stop with a message naming npm run build", () => {
    const { root } = loadTree({ "a.md": article("甲。") });
    expect(() => getSite(root)).toThrow(
      "The site's content snapshot is not usable: there is no .next/cache/content-store/site.json. Run `npm run build`",
    );
  });

  it("goes stale when a data file under content/ changes", () => {
    const { root } = loadTree({ "a.md": article("甲。") });
    runSitePass({ root, store: "write" });
    expect("stale" in readSnapshot(root)).toBe(false);
    writeFileSync(path.join(root, "content", "synonyms.yaml"), "groups:\n  - [年报, 年检]\n");
    expect(readSnapshot(root)).toEqual({ stale: "content/synonyms.yaml changed since it was written" });
  });
});
