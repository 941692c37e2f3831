import { describe, expect, it } from "vitest";
import { hostileMarkdown } from "../support/hostile";
import { renderMarkdownHtmlForTest } from "../support/render-html";

// Every Markdown fragment (prose, checklist items, steps, warnings, answers) reaches a page through <Markdown>.
describe("no raw HTML or script from Markdown reaches a reader, rendered by <Markdown>", () => {
  const html = renderMarkdownHtmlForTest(hostileMarkdown);

  it("drops script, iframe, object and embed elements", () => {
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|<div/i);
  });

  it("drops every on* event handler attribute and inline style", () => {
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/style=/i);
  });

  it("drops javascript: and data: addresses from links and images", () => {
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/data:/i);
    expect(html).toContain("脚本链接");
  });

  it("keeps the surrounding text", () => {
    expect(html).toContain("正文开头。");
    expect(html).toContain("正文结尾。");
  });

  it("marks external links rel=noopener noreferrer", () => {
    expect(html).toContain(
      '<a href="https://www.miit.gov.cn/" rel="noopener noreferrer" class="external-link">官方网站</a>',
    );
  });
});
