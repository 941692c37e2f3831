import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type NewArticleRequest, scaffoldArticle } from "@/lib/content/scaffold";
import { loadTaxonomy } from "@/lib/content/taxonomy-file";
import { article, loadTree, writeTree } from "../support/content-tree";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const { taxonomy } = loadTaxonomy(projectRoot);
const request: NewArticleRequest = {
  slug: "icp-test",
  type: "guide",
  licences: ["b25"],
  topic: "renewal",
  regions: [],
  today: "2026-12-04",
};
const scaffold = (changes: Partial<NewArticleRequest> = {}, taken = new Map<string, string>()) =>
  scaffoldArticle({ ...request, ...changes }, { taxonomy, takenSlugs: taken });

function runNew(root: string, args: string[]) {
  const result = spawnSync(
    path.join(projectRoot, "node_modules", ".bin", "tsx"),
    [path.join(projectRoot, "scripts", "new-article.ts"), ...args],
    { cwd: root, encoding: "utf8" },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run new starts an article that the content pass accepts but for its one missing source", () => {
  it.each(["guide", "explainer"] as const)("writes a %s whose only problem is the source to add", (type) => {
    const result = scaffold({ type });
    if (!("text" in result)) throw new Error(result.problems.join("\n"));
    const { messages, warnings } = loadTree({ "icp-test.md": result.text });
    expect(messages).toEqual([
      "content/articles/icp-test.md:10 sources: found [], expected at least one source [invalid-field]",
    ]);
    expect(warnings).toEqual([]);
  });

  it("gives a guide the sections a guide must have, its steps as a numbered list", () => {
    const result = scaffold();
    if (!("text" in result)) throw new Error(result.problems.join("\n"));
    const withSource = result.text.replace("sources: []", "sources:\n  - title: 《中华人民共和国电信条例》");
    const { articles, messages } = loadTree({ "icp-test.md": withSource });
    expect(messages).toEqual([]);
    expect(articles[0]?.blocks.map((block) => block.kind)).toEqual(
      expect.arrayContaining(["prerequisites", "steps", "pitfalls", "faq"]),
    );
    expect(articles[0]?.updated).toBe("2026-12-04");
    expect(articles[0]?.factChecked).toBe("2026-12-04");
  });

  it("refuses a slug that breaks the slug rule, saying the rule", () => {
    expect(scaffold({ slug: "ICP_Test" })).toEqual({
      problems: [
        'slug: found "ICP_Test", expected lowercase ASCII letters, digits and single hyphens, e.g. icp-renewal-beijing (the slug is the file name and the address /articles/<slug>)',
      ],
    });
  });

  it("refuses a slug an article or an old address already has", () => {
    const taken = new Map([
      ["icp-test", "content/articles/old.md keeps it as an old address in redirectFrom"],
    ]);
    expect(scaffold({}, taken)).toEqual({
      problems: [
        'slug: found "icp-test", expected a slug no article uses (content/articles/old.md keeps it as an old address in redirectFrom)',
      ],
    });
  });

  it("refuses ids that are not in the taxonomy, with the nearest one", () => {
    const result = scaffold({ licences: ["b52"], topic: "renwal" });
    expect(
      "problems" in result && result.problems.map((p) => p.split(": b11")[0]?.split(": basics")[0]),
    ).toEqual([
      '--licence: found "b52", expected an id from content/taxonomy.yaml (did you mean "b12"?)',
      '--topic: found "renwal", expected an id from content/taxonomy.yaml (did you mean "renewal"?)',
    ]);
  });

  it("as a command, writes the file once and refuses to write over it", () => {
    const root = writeTree({ "other.md": article("正文。") });
    const args = ["icp-test", "--licence", "b25", "--topic", "renewal"];
    const first = runNew(root, args);
    expect(first.status).toBe(0);
    const file = path.join(root, "content", "articles", "icp-test.md");
    expect(readFileSync(file, "utf8")).toContain("licences: [b25]\ntopic: renewal\n");
    const second = runNew(root, args);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain(
      'npm run new: slug: found "icp-test", expected a slug no article uses (content/articles/icp-test.md has it)',
    );
    expect(runNew(root, ["Bad_Slug", "--licence", "b25", "--topic", "renewal"]).status).toBe(2);
    expect(existsSync(path.join(root, "content", "articles", "Bad_Slug.md"))).toBe(false);
  }, 60_000);
});
