/**
 * First-load JavaScript per page, read from the build output: every prerendered page's HTML, the script files it
 * loads and the script it carries inline (mostly the page's React Server Components payload), gzip-compressed as
 * a server sends them. Reads the `next build` output (.next), and the static export (out/) for the pages that
 * `next start` renders per request.
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
  /** The scripts' addresses, as the page names them (the same chunk has the same address on every page). */
  chunks: string[];
  /** Where each of those scripts is in the build output, relative to the project. */
  chunkFiles: string[];
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

/**
 * Where builds leave prerendered pages and the files those pages load. `next build` first; the static export adds
 * the pages that `next start` renders per request (the /search page, whose results come from the server there) as
 * the one file a CDN serves, which loads the same client code.
 */
const outputs = [
  { html: ".next/server/app", asset: (src: string) => path.join(".next", src.replace(/^\/_next\//, "")) },
  { html: "out", asset: (src: string) => path.join("out", src) },
];
/** Not reader pages: Next's error shells, and the export's copy of the 404 page. */
const skipped = new Set(["/_global-error", "/404"]);

export function measureFirstLoadJs(root = process.cwd()): PageJs[] {
  const primary = path.join(root, outputs[0]?.html ?? "");
  if (!existsSync(primary)) throw new Error(`No build in ${primary}: run \`npm run build\` first.`);
  const chunkSizes = new Map<string, number>();
  const chunkSize = (file: string) => {
    let size = chunkSizes.get(file);
    if (size === undefined) {
      size = gzipSize(readFileSync(path.join(root, file)));
      chunkSizes.set(file, size);
    }
    return size;
  };
  const seen = new Set<string>();
  const pages: PageJs[] = [];
  for (const output of outputs) {
    const dir = path.join(root, output.html);
    if (!existsSync(dir)) continue;
    for (const file of htmlFiles(dir)) {
      const relative = path.relative(dir, file).replace(/\.html$/, "");
      if (relative.startsWith(`_next${path.sep}`)) continue;
      const route = relative === "index" ? "/" : `/${relative.split(path.sep).join("/")}`;
      if (skipped.has(route) || seen.has(route)) continue;
      seen.add(route);
      const html = readFileSync(file, "utf8");
      const chunks: string[] = [];
      let inlineCode = "";
      for (const [, attributes = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\bnomodule\b/i.test(attributes) || /type="application\/(ld\+)?json"/.test(attributes)) continue;
        const src = attributes.match(/\bsrc="([^"]+)"/)?.[1];
        if (src?.startsWith("/_next/")) chunks.push(src);
        else if (!src) inlineCode += body;
      }
      const files = chunks.reduce((sum, src) => sum + chunkSize(output.asset(src)), 0);
      const inline = inlineCode ? gzipSize(inlineCode) : 0;
      const chunkFiles = chunks.map(output.asset);
      pages.push({ route, kind: routeKind(route), files, inline, total: files + inline, chunks, chunkFiles });
    }
  }
  return pages.sort((a, b) => a.route.localeCompare(b.route));
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
