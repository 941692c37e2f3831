import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The site's agreed citation style (see content/articles/citation-notes.md): 《电信业务经营许可管理办法》
// （工业和信息化部令第42号） at first mention, 42号令 after that, never the shorthand 令42.
const dir = join(process.cwd(), "content/articles");
const files = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith(".md"))
  .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));

const FULL = "《电信业务经营许可管理办法》（工业和信息化部令第42号）";
const SHORT = "42号令";

/** The Markdown after the front matter. */
const body = (text: string) => text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, "");

describe("citations of the licensing measures (工业和信息化部令第42号)", () => {
  it("never use the shorthand 令42, in the body or the front matter", () => {
    const offenders = files.filter((f) => f.text.includes("令42")).map((f) => f.name);
    expect(offenders).toEqual([]);
  });

  it("give the full title and order number before the first 42号令 in an article's text", () => {
    const offenders = files
      .map((f) => ({ name: f.name, text: body(f.text) }))
      .filter(({ text }) => text.includes(SHORT))
      .filter(({ text }) => {
        const full = text.indexOf(FULL);
        return full === -1 || full > text.indexOf(SHORT);
      })
      .map(({ name }) => name);
    expect(offenders).toEqual([]);
  });
});
