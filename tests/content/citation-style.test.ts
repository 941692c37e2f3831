import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "@/lib/content/front-matter";
import { discoverArticles } from "@/lib/content/sources";

// The site's agreed citation style (see content/articles/citation-notes.md): 《电信业务经营许可管理办法》
// （工业和信息化部令第42号） at first mention, 42号令 after that, never the shorthand 令42.
// The article files and the front matter split exactly as the content pass finds and splits them.
const files = discoverArticles(process.cwd()).map((source) => ({
  name: source.file,
  text: readFileSync(source.absolute, "utf8"),
}));

const FULL = "《电信业务经营许可管理办法》（工业和信息化部令第42号）";
const SHORT = "42号令";

describe("citations of the licensing measures (工业和信息化部令第42号)", () => {
  it("never use the shorthand 令42, in the body or the front matter", () => {
    const offenders = files.filter((f) => f.text.includes("令42")).map((f) => f.name);
    expect(offenders).toEqual([]);
  });

  it("give the full title and order number before the first 42号令 in an article's text", () => {
    const offenders = files
      .map((f) => ({ name: f.name, text: splitFrontMatter(f.text).body }))
      .filter(({ text }) => text.includes(SHORT))
      .filter(({ text }) => {
        const full = text.indexOf(FULL);
        return full === -1 || full > text.indexOf(SHORT);
      })
      .map(({ name }) => name);
    expect(offenders).toEqual([]);
  });
});
