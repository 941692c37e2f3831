/**
 * What a page weighs, read from the build output: its HTML (raw and gzip, as a server sends it), where those bytes
 * come from (the markup a reader sees, inlined stylesheet, structured data, and the inline React Server Components
 * payload by part), and the other files written for it (route data that client navigation fetches). Used by
 * `npm run bench:weight` to print the breakdown and by tests/build/page-weight.test.ts for the budgets.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { routeKind } from "./first-load-js";
import {
  clientComponentNames,
  type FlightRow,
  flightReferences,
  type Json,
  parseFlightRows,
  readInlineFlight,
  rowJson,
  serializeFlightRows,
} from "./flight";
import { STATIC_HTML_COMPONENT } from "./inline-payload";

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/* ------------------------------------------------------------------------------------------------------------ */
/* The files of each page                                                                                       */
/* ------------------------------------------------------------------------------------------------------------ */

export type PageFiles = {
  route: string;
  kind: string;
  html: string;
  /** Every file written for this page (its HTML included), relative to the output folder. */
  files: string[];
  bytes: number;
};

/** Not reader pages: Next's error shells, and the export's copy of the 404 page. */
const notReaderPages = new Set(["/_global-error", "/404"]);

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? walk(file, base) : [path.relative(base, file)];
  });
}

/**
 * The files of every page in a static export (out/) or a `next build` (.next/server/app): `x.html` and whatever is
 * written beside it for the same route — `x.txt` / `x.rsc` (its payload), `x.meta`, and Next's per-segment prefetch
 * files in `x/__next.*.txt` (export) or `x.segments/` (server).
 */
export function pagesOf(outputDir: string): PageFiles[] {
  const all = walk(outputDir).map((file) => file.split(path.sep).join("/"));
  const pages = new Map<string, PageFiles>();
  const stem = (route: string) => (route === "/" ? "index" : route.slice(1));
  for (const file of all) {
    if (!file.endsWith(".html") || file.startsWith("_next/")) continue;
    const base = file.slice(0, -".html".length);
    const route = base === "index" ? "/" : `/${base}`;
    if (notReaderPages.has(route)) continue;
    pages.set(stem(route), { route, kind: routeKind(route), html: file, files: [], bytes: 0 });
  }
  for (const file of all) {
    const owner = ownerStem(file);
    const page = owner === undefined ? undefined : pages.get(owner);
    if (!page) continue;
    page.files.push(file);
    page.bytes += statSync(path.join(outputDir, file)).size;
  }
  return [...pages.values()].sort((a, b) => a.route.localeCompare(b.route));
}

/** The page a file belongs to (by its stem: "index", "articles/x"), or undefined for shared files. */
function ownerStem(file: string): string | undefined {
  const own = file.match(/^(.+)\.(html|txt|rsc|meta|prefetch\.rsc)$/);
  if (own && !own[1]?.split("/").pop()?.startsWith("__next.")) return own[1];
  // Export: x/__next.<segment>.txt belongs to x; at the root, __next.*.txt belongs to the home page.
  const segment = file.match(/^(?:(.*)\/)?__next\.[^/]*\.txt$/);
  if (segment) return segment[1] ?? "index";
  // Server build: x.segments/** belongs to x (index.segments/** to the home page).
  const serverSegment = file.match(/^(.+?)\.segments\//);
  if (serverSegment) return serverSegment[1];
  return undefined;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* The HTML of one page, by part                                                                                */
/* ------------------------------------------------------------------------------------------------------------ */

/** Bytes a piece of the payload takes inside the HTML, where it sits in a JavaScript string. */
const escapedSize = (text: string) =>
  Buffer.byteLength(JSON.stringify(text).replace(/[&><\u2028\u2029]/g, "\\u0000")) - 2;

export type FlightParts = {
  /** The root layout: <html>, header, navigation, footer (and the rows only it refers to). */
  layout: number;
  /** Every segment below the root layout: the page's own tree. */
  page: number;
  /** Of layout and page: article prose carried as an HTML string (dangerouslySetInnerHTML). */
  prose: number;
  /** The stylesheet's text, each time the payload carries it (inlined CSS). */
  stylesheet: number;
  stylesheetCopies: number;
  /** JSON-LD structured data, as text. */
  structuredData: number;
  /** <head>: title, description, canonical, Open Graph. */
  head: number;
  /** Props of client components, by component (children left out: they are the server's markup). Part of layout
   * and page. */
  clientProps: Map<string, { count: number; bytes: number }>;
  /** The rest: the route tree, module references of client components, the global error boundary. */
  framework: number;
  total: number;
};

/** Measures the inline payload of one page by part. */
export function flightParts(bytes: Buffer): FlightParts {
  const rows = parseFlightRows(bytes);
  const byId = new Map<string, FlightRow[]>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  const parsed = new Map<FlightRow, Json>();
  const json = (row: FlightRow): Json => {
    if (!parsed.has(row)) parsed.set(row, rowJson(row));
    return parsed.get(row) ?? null;
  };
  const rowSize = (row: FlightRow) => escapedSize(serializeFlightRows([row]).toString());
  const valueSize = (value: Json) => escapedSize(JSON.stringify(value));

  type Part = "layout" | "page" | "head" | "framework";
  /** Which part a row belongs to (rows reachable from a part's value, first come first served). */
  const owner = new Map<string, Part>();
  /** Bytes inside a row that belong to a part other than the row's own (a segment written inline in a row). */
  const charges = new Map<FlightRow, Map<Part, number>>();
  const charge = (row: FlightRow | undefined, part: Part, value: Json) => {
    if (!row || value === null || value === undefined) return;
    const map = charges.get(row) ?? new Map<Part, number>();
    map.set(part, (map.get(part) ?? 0) + valueSize(value));
    charges.set(row, map);
  };
  const claim = (value: Json, part: Part) => {
    const queue = flightReferences(value);
    while (queue.length > 0) {
      const id = queue.shift() as string;
      if (owner.has(id)) continue;
      owner.set(id, part);
      for (const row of byId.get(id) ?? []) queue.push(...flightReferences(json(row)));
    }
  };
  const rootRow = byId.get("0")?.find((row) => row.tag === "");
  owner.set("0", "framework");
  const root = (rootRow ? json(rootRow) : null) as {
    t?: { t?: Json; h?: { r?: Json } };
    G?: Json;
    P?: Json;
  } | null;
  type Segment = { d?: { r?: Json }; c?: Json };
  const walkSegments = (node: Segment | undefined, row: FlightRow | undefined, depth: number) => {
    if (!node) return;
    const part: Part = depth === 0 ? "layout" : "page";
    const value = node.d?.r ?? null;
    charge(row, part, value);
    claim(value, part);
    const ref = typeof node.c === "string" ? /^\$Q([0-9a-f]+)$/.exec(node.c)?.[1] : undefined;
    if (!ref) return;
    owner.set(ref, "framework");
    const childRow = byId.get(ref)?.[0];
    const list = childRow ? json(childRow) : null;
    if (Array.isArray(list))
      for (const entry of list)
        if (Array.isArray(entry)) walkSegments(entry[1] as Segment, childRow, depth + 1);
  };
  walkSegments(root?.t?.t as Segment | undefined, rootRow, 0);
  charge(rootRow, "head", root?.t?.h?.r ?? null);
  claim(root?.t?.h?.r ?? null, "head");
  claim(root?.G ?? null, "framework");
  claim(root?.P ?? null, "framework");

  const parts: FlightParts = {
    layout: 0,
    page: 0,
    prose: 0,
    stylesheet: 0,
    stylesheetCopies: 0,
    structuredData: 0,
    head: 0,
    clientProps: new Map(),
    framework: 0,
    total: escapedSize(bytes.toString()),
  };
  const clientNames = clientComponentNames(rows);
  const textRole = new Map<string, "stylesheet" | "structuredData" | "prose">();
  /** Stylesheet and structured data written inline (not as a text row of their own) in the row being read. */
  let inlineExtra = { stylesheet: 0, structuredData: 0 };
  const textRef = (v: Json | undefined) =>
    typeof v === "string" ? /^\$([0-9a-f]+)$/.exec(v)?.[1] : undefined;
  /** Looks into elements for the roles of text rows and the props of client components. */
  const inspect = (value: Json) => {
    if (Array.isArray(value)) {
      if (value[0] === "$" && typeof value[1] === "string" && value[3] && typeof value[3] === "object") {
        const [, type, , props] = value as [string, string, Json, Record<string, Json>];
        const html = (props.dangerouslySetInnerHTML as { __html?: Json } | undefined)?.__html;
        if (type === "style") {
          const ref = textRef(props.children);
          if (ref) textRole.set(ref, "stylesheet");
          else if (typeof props.children === "string") {
            inlineExtra.stylesheet += escapedSize(props.children);
            parts.stylesheetCopies += 1;
          }
        } else if (type === "script" && props.type === "application/ld+json") {
          const ref = textRef(html);
          if (ref) textRole.set(ref, "structuredData");
          else if (typeof html === "string") inlineExtra.structuredData += escapedSize(html);
        } else if (html !== undefined) {
          const ref = textRef(html);
          if (ref) textRole.set(ref, "prose");
          else if (typeof html === "string") parts.prose += escapedSize(html);
        }
        const client = /^\$L([0-9a-f]+)$/.exec(type)?.[1];
        const name = client ? clientNames.get(client) : undefined;
        if (name === STATIC_HTML_COMPONENT) {
          const ref = textRef(props.html);
          if (ref) textRole.set(ref, "prose");
          else if (typeof props.html === "string") parts.prose += escapedSize(props.html);
        }
        if (name) {
          const { children: _children, ...rest } = props;
          const entry = parts.clientProps.get(name) ?? { count: 0, bytes: 0 };
          entry.count += 1;
          entry.bytes += valueSize(rest);
          parts.clientProps.set(name, entry);
        }
      }
      for (const item of value) inspect(item);
    } else if (value && typeof value === "object") for (const item of Object.values(value)) inspect(item);
  };
  const add = (part: Part, bytes: number) => {
    parts[part] += bytes;
  };
  const extras = new Map<FlightRow, typeof inlineExtra>();
  for (const row of rows) {
    inlineExtra = { stylesheet: 0, structuredData: 0 };
    inspect(json(row));
    extras.set(row, inlineExtra);
  }
  for (const row of rows) {
    const extra = extras.get(row) ?? { stylesheet: 0, structuredData: 0 };
    parts.stylesheet += extra.stylesheet;
    parts.structuredData += extra.structuredData;
    let rest = rowSize(row) - extra.stylesheet - extra.structuredData;
    for (const [part, bytes] of charges.get(row) ?? []) {
      add(part, bytes);
      rest -= bytes;
    }
    const role = row.tag === "T" ? textRole.get(row.id) : undefined;
    if (role === "stylesheet") {
      parts.stylesheet += rest;
      parts.stylesheetCopies += 1;
      continue;
    }
    if (role === "structuredData") {
      parts.structuredData += rest;
      continue;
    }
    if (role === "prose") parts.prose += rest;
    add(owner.get(row.id) ?? "framework", rest);
  }
  return parts;
}

export type HtmlParts = {
  raw: number;
  gzip: number;
  /** What the reader sees: the HTML without <style>, scripts and JSON-LD. */
  markup: number;
  markupGzip: number;
  /** <style> elements (the inlined stylesheet). */
  inlineStylesheet: number;
  /** <script type="application/ld+json">. */
  structuredData: number;
  /** `self.__next_f.push(…)` scripts, as written in the HTML. */
  flightScripts: number;
  flightScriptsGzip: number;
  /** Other scripts: <script src>, the bootstrap. */
  otherScripts: number;
  flight: FlightParts;
};

export function htmlParts(html: string): HtmlParts {
  const raw = Buffer.byteLength(html);
  const sum = (pattern: RegExp) =>
    [...html.matchAll(pattern)].reduce((total, m) => total + Buffer.byteLength(m[0]), 0);
  const styles = /<style\b[^>]*>[\s\S]*?<\/style>/g;
  const ldJson = /<script type="application\/ld\+json"[^>]*>[\s\S]*?<\/script>/g;
  const flightScript = /<script>self\.__next_f\.push\(\[[13],[\s\S]*?\)<\/script>/g;
  const anyScript = /<script\b[^>]*>[\s\S]*?<\/script>/g;
  const flight = readInlineFlight(html);
  const flightHtml = [...html.matchAll(flightScript)].map((m) => m[0]).join("");
  const flightScriptBytes = Buffer.byteLength(flightHtml);
  const inlineStylesheet = sum(styles);
  const structuredData = sum(ldJson);
  const scripts = sum(anyScript);
  const markupHtml = html.replace(styles, "").replace(anyScript, "");
  return {
    raw,
    gzip: gzipSize(html),
    markup: Buffer.byteLength(markupHtml),
    markupGzip: gzipSize(markupHtml),
    inlineStylesheet,
    structuredData,
    flightScripts: flightScriptBytes,
    flightScriptsGzip: flightHtml ? gzipSize(flightHtml) : 0,
    otherScripts: scripts - structuredData - flightScriptBytes,
    flight: flightParts(flight.bytes),
  };
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Budgets                                                                                                       */
/* ------------------------------------------------------------------------------------------------------------ */

export type HtmlBudget = {
  /** KB of HTML as written. */
  raw: number;
  /** KB of HTML gzip-compressed, as a server sends it. */
  gzip: number;
  /** For pages that list articles: KB more per article they link to (the list grows with the content). */
  perListedArticle?: { raw: number; gzip: number };
};

/**
 * HTML budget per page kind (issue 23). Articles: the renewal guide, the heaviest, was 198 KB (41 KB gzip) when
 * each page carried its stylesheet three times and its content twice; 110 / 28 is where it must stay. The other
 * kinds sit about a fifth above what they weigh now, so a page that starts carrying something twice again fails.
 */
export function htmlBudget(kind: string): HtmlBudget {
  if (kind === "article") return { raw: 110, gzip: 28 };
  if (kind === "home") return { raw: 56, gzip: 12 };
  if (kind === "listing" || kind === "category" || kind === "other")
    return { raw: 30, gzip: 7, perListedArticle: { raw: 0.8, gzip: 0.2 } };
  if (kind === "search") return { raw: 22, gzip: 6 };
  if (kind.startsWith("tool ")) return { raw: 46, gzip: 10 };
  return { raw: 20, gzip: 5 };
}

/**
 * Files the export writes per page: its HTML and the one data file a client navigation to it fetches
 * (tests/browser/route-data.spec.ts). Next's per-segment prefetch files are not kept (scripts/light-pages.ts).
 */
export const filesPerPageBudget = 2;

export type PageWeight = PageFiles & {
  htmlRaw: number;
  htmlGzip: number;
  /** Links to articles in the page's markup. */
  articleLinks: number;
};

export function measurePages(outputDir: string): PageWeight[] {
  if (!existsSync(outputDir)) throw new Error(`No build output in ${outputDir}: build it first.`);
  return pagesOf(outputDir).map((page) => {
    const html = readFileSync(path.join(outputDir, page.html));
    const markup = html.toString().replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
    const articleLinks = markup.match(/<a\b[^>]*\bhref="\/articles\/[^"#]+"/g)?.length ?? 0;
    return { ...page, htmlRaw: html.length, htmlGzip: gzipSize(html), articleLinks };
  });
}

/** The page's HTML budget in bytes, its listed articles counted. */
export function pageBudgetBytes(page: PageWeight): { raw: number; gzip: number } {
  const budget = htmlBudget(page.kind);
  const listed = budget.perListedArticle ? page.articleLinks : 0;
  return {
    raw: Math.round((budget.raw + listed * (budget.perListedArticle?.raw ?? 0)) * 1000),
    gzip: Math.round((budget.gzip + listed * (budget.perListedArticle?.gzip ?? 0)) * 1000),
  };
}

/**
 * What a page carries a second time in its inline data although its markup holds it: the stylesheet, the HTML of
 * <StaticHtml> blocks, JSON-LD text.
 */
export function carriedTwice(html: string): string[] {
  const { flight } = htmlParts(html);
  return [
    flight.stylesheet > 0 ? `the stylesheet (${flight.stylesheetCopies}×, ${flight.stylesheet} bytes)` : "",
    flight.prose > 0 ? `static HTML (${flight.prose} bytes)` : "",
    flight.structuredData > 0 ? `JSON-LD (${flight.structuredData} bytes)` : "",
  ].filter(Boolean);
}

/** Every page over its HTML budget, and (when `files` is set) every page written with more files than allowed. */
export function weightViolations(pages: PageWeight[], { files = false } = {}): string[] {
  return pages.flatMap((page) => {
    const budget = pageBudgetBytes(page);
    const broken: string[] = [];
    if (page.htmlRaw > budget.raw) broken.push(`HTML ${page.htmlRaw} bytes > ${budget.raw}`);
    if (page.htmlGzip > budget.gzip) broken.push(`HTML ${page.htmlGzip} bytes gzip > ${budget.gzip}`);
    if (files && page.files.length > filesPerPageBudget)
      broken.push(`${page.files.length} files > ${filesPerPageBudget}: ${page.files.join(", ")}`);
    return broken.map((b) => `${page.route} (${page.kind}): ${b}`);
  });
}
