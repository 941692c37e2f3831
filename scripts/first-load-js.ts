/**
 * First-load JavaScript per page, read from the build output: every prerendered page's HTML, the script files it
 * loads and the script it carries inline (mostly the page's React Server Components payload), gzip-compressed as
 * a server sends them. Works on a `next start` build and on a static export alike: both leave the prerendered
 * HTML in .next/server/app and the chunks in .next/static.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type PageJs = {
  route: string;
  kind: string;
  /** gzip bytes of the script files the page loads (modern browsers; `nomodule` polyfills left out). */
  files: number;
  /** gzip bytes of the page's inline scripts. */
  inline: number;
  total: number;
  chunks: string[];
};

/** The kind of page a route is, for budgets: articles, listings, the search page, each reader tool. */
export function routeKind(route: string): string {
  if (route === "/") return "home";
  if (route === "/search") return "search";
  const [section, id] = route.split("/").slice(1);
  if (section === "tools") return id ? `tool ${id}` : "listing";
  if (section === "articles") return id ? "article" : "listing";
  if (section === "licences" || section === "topics" || section === "regions")
    return id ? "category" : "listing";
  if (section === "_not-found") return "not found";
  return "other";
}

/**
 * First-load JS budget (gzip KB) per page kind. Articles may not grow past the 175 KB every page carried when the
 * budget was set (issue 15); no other kind may either, and a reader tool that needs more must say so here.
 */
export function jsBudgetKb(_kind: string): number {
  return 175;
}

const gzipSize = (text: string | Buffer) => gzipSync(text).length;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return htmlFiles(file);
    return name.endsWith(".html") ? [file] : [];
  });
}

export function measureFirstLoadJs(root = process.cwd()): PageJs[] {
  const appDir = path.join(root, ".next/server/app");
  if (!existsSync(appDir)) throw new Error(`No build in ${appDir}: run \`npm run build\` first.`);
  const chunkSizes = new Map<string, number>();
  const chunkSize = (src: string) => {
    let size = chunkSizes.get(src);
    if (size === undefined) {
      const file = path.join(root, ".next", src.replace(/^\/_next\//, ""));
      size = gzipSize(readFileSync(file));
      chunkSizes.set(src, size);
    }
    return size;
  };
  return htmlFiles(appDir)
    .map((file) => {
      const relative = path.relative(appDir, file).replace(/\.html$/, "");
      const route = relative === "index" ? "/" : `/${relative.split(path.sep).join("/")}`;
      return { file, route };
    })
    .filter(({ route }) => route !== "/_global-error")
    .map(({ file, route }) => {
      const html = readFileSync(file, "utf8");
      const chunks: string[] = [];
      let inlineCode = "";
      for (const [, attributes = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\bnomodule\b/i.test(attributes) || /type="application\/(ld\+)?json"/.test(attributes)) continue;
        const src = attributes.match(/\bsrc="([^"]+)"/)?.[1];
        if (src?.startsWith("/_next/")) chunks.push(src);
        else if (!src) inlineCode += body;
      }
      const files = chunks.reduce((sum, src) => sum + chunkSize(src), 0);
      const inline = inlineCode ? gzipSize(inlineCode) : 0;
      return { route, kind: routeKind(route), files, inline, total: files + inline, chunks };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** The largest page of each kind. */
export function heaviestByKind(pages: PageJs[]): Map<string, PageJs & { count: number }> {
  const byKind = new Map<string, PageJs & { count: number }>();
  for (const page of pages) {
    const current = byKind.get(page.kind);
    const count = (current?.count ?? 0) + 1;
    byKind.set(
      page.kind,
      current && current.total >= page.total ? { ...current, count } : { ...page, count },
    );
  }
  return byKind;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1).padStart(6);

export function formatJsTable(pages: PageJs[], budgets?: (kind: string) => number): string {
  const lines = [
    `kind        pages  files KB  inline KB  total KB${budgets ? "  budget KB" : ""}  heaviest page`,
  ];
  for (const [kind, page] of [...heaviestByKind(pages)].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `${kind.padEnd(12)}${String(page.count).padStart(5)}    ${kb(page.files)}     ${kb(page.inline)}    ${kb(page.total)}${
        budgets ? `     ${kb(budgets(kind) * 1000)}` : ""
      }  ${page.route}`,
    );
  }
  return lines.join("\n");
}
