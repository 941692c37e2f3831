/**
 * `npm run dev`: the editor's loop. Reads content/ (the content pass, with the content store), writes the snapshot the
 * pages read and the search index, starts Next's dev server, and reads content/ again whenever a file there is saved:
 * one edited article costs about one file's parse. Open pages follow each pass (components/dev/DevContentNotice).
 * While the content has an error, every page answers with the list of problems as `npm run check` prints them
 * (components/dev/ContentProblemsPage), and comes back by itself once the file is fixed.
 *
 *   npm run dev [-- --port 3001] [-- --hostname 0.0.0.0]      (PORT is honoured too; 3000 by default)
 */

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { watch } from "chokidar";
import { contentEventsPath } from "../components/dev/content-events";
import { formatAuthorError, formatWarning } from "../lib/content/errors";
import { factCheckMaxAgeMonths } from "../lib/content/freshness";
import { runSitePass, type SitePass } from "../lib/site/pass";
import { writeSearchIndex } from "./search-index";

// Next and React pick their development builds from NODE_ENV when they load, so it is set before they are imported.
Object.assign(process.env, { NODE_ENV: "development", NEXT_TELEMETRY_DISABLED: "1" });
const { default: next } = await import("next");
const { createElement } = await import("react");
const { renderToStaticMarkup } = await import("react-dom/server");
const { ContentProblemsPage } = await import("../components/dev/ContentProblemsPage");

const root = process.cwd();
const { values: options } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  allowPositionals: true,
});
const port = Number(options.port ?? process.env.PORT ?? 3000);
const hostname = options.hostname ?? "localhost";
const maxAgeMonths = factCheckMaxAgeMonths(process.env.FACT_CHECK_MAX_AGE_MONTHS);

/** The outcome of the latest pass, and the pages listening for the next one. */
let latest: Pick<SitePass, "errors" | "warnings"> = { errors: [], warnings: [] };
let passes = 0;
const listeners = new Set<ServerResponse>();

/** One content pass: the snapshot and problems (runSitePass), the search index when it is clean, a line to the terminal. */
function readContent(reason: string): void {
  const started = performance.now();
  const pass = runSitePass({ root, store: "write", maxAgeMonths });
  if (pass.errors.length === 0) writeSearchIndex(root, pass);
  latest = { errors: pass.errors, warnings: pass.warnings };
  passes++;
  const ms = Math.round(performance.now() - started);
  const { parsed, reused } = pass.stats;
  for (const warning of pass.warnings) console.warn(formatWarning(warning));
  if (pass.errors.length > 0) {
    for (const error of pass.errors) console.error(formatAuthorError(error));
    console.error(
      `content: ${pass.errors.length} problems (${reason}, ${ms} ms): every page shows them until fixed`,
    );
  } else {
    console.log(
      `content: ${pass.articles.length} articles ok (${reason}, ${parsed} parsed, ${reused} reused, ${ms} ms)`,
    );
  }
  const event = `data: ${JSON.stringify({ pass: passes, errors: pass.errors.length })}\n\n`;
  for (const listener of listeners) listener.write(event);
}

/** A page request, as opposed to Next's own assets, its dev channel or files from public/. */
const wantsPage = (request: IncomingMessage) =>
  request.method === "GET" &&
  !request.url?.startsWith("/_next/") &&
  (request.headers.accept ?? "").includes("text/html");

function serveEvents(request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-store",
    Connection: "keep-alive",
  });
  response.write(`data: ${JSON.stringify({ pass: passes, errors: latest.errors.length, first: true })}\n\n`);
  listeners.add(response);
  request.on("close", () => listeners.delete(response));
}

function serveProblems(response: ServerResponse): void {
  const html = renderToStaticMarkup(createElement(ContentProblemsPage, latest));
  response.writeHead(500, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  response.end(`<!DOCTYPE html>${html}`);
}

readContent("start");

// chokidar follows files that editors save by writing a new file and renaming it over the old one (which Node's own
// recursive watcher loses track of on Linux), and folders added later. Saving a file often fires several events:
// one pass after the burst.
let pending: NodeJS.Timeout | undefined;
const changed = new Set<string>();
const watcher = watch("content", { ignoreInitial: true }).on("all", (_event, file) => {
  if (!/\.(md|ya?ml)$/.test(file)) return;
  changed.add(file.split(path.sep).join("/"));
  clearTimeout(pending);
  pending = setTimeout(() => {
    const files = [...changed].join(", ");
    changed.clear();
    readContent(`${files} saved`);
  }, 50);
});

const app = next({ dev: true, dir: root, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const server = createServer((request, response) => {
  if (request.url === contentEventsPath) return serveEvents(request, response);
  if (latest.errors.length > 0 && wantsPage(request)) return serveProblems(response);
  void handle(request, response);
});
server.on("upgrade", app.getUpgradeHandler());
server.listen(port, hostname, () => {
  console.log(`dev server: http://${hostname}:${port} (content/ is watched; Ctrl+C stops)`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void watcher.close();
    for (const listener of listeners) listener.end();
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
