import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { formatAuthorError } from "@/lib/content/errors";
import { runSitePass } from "@/lib/site/pass";

const projectRoot = path.resolve(import.meta.dirname, "../..");

/** Front matter that passes every check, to be varied one field at a time. */
export const validFrontMatter = `---
title: 测试指南
description: 用于测试的一句话说明。
type: explainer
licences: [b25]
topic: renewal
regions: [national]
updated: 2026-11-29
factChecked: 2026-11-29
sources:
  - title: 《中华人民共和国电信条例》
    article: 第十三条
related: []
questions: []
---
`;

/**
 * A throwaway project root holding the real taxonomy and the given articles (path under content/articles →
 * file text or bytes), run through the whole content pass the way the site reads its own content.
 */
export function loadTree(files: Record<string, string | Uint8Array>, publicFiles: string[] = []) {
  const root = writeTree(files, publicFiles);
  const pass = runSitePass({ root });
  return { ...pass, root, messages: pass.errors.map(formatAuthorError) };
}

/** The throwaway project root of loadTree, written but not loaded (for running scripts on it). */
export function writeTree(files: Record<string, string | Uint8Array>, publicFiles: string[] = []): string {
  const root = mkdtempSync(path.join(tmpdir(), "content-"));
  mkdirSync(path.join(root, "content", "articles"), { recursive: true });
  copyFileSync(
    path.join(projectRoot, "content", "taxonomy.yaml"),
    path.join(root, "content", "taxonomy.yaml"),
  );
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, "content", "articles", name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  for (const name of publicFiles) {
    const file = path.join(root, "public", name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, "<svg xmlns='http://www.w3.org/2000/svg'/>");
  }
  return root;
}

/** An article file: front matter (with optional replacements) and a body. */
export function article(body: string, replace: Record<string, string> = {}): string {
  let front = validFrontMatter;
  for (const [from, to] of Object.entries(replace)) front = front.replace(from, to);
  return `${front}\n${body}\n`;
}

export const guideBody = `先回答问题。

## 前提与材料

- 营业执照
- 许可证

## 办理步骤

### 自查有效期

看证上的日期。

### 在线提交

登录系统提交。

## 常见误区

### 提前半年才是法定期限吗？

法定要求是 90 日。
`;
