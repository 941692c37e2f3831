/**
 * `npm run dev`: the editor's loop. A process of its own (scripts/content-watch.ts) reads content/ at start and on
 * every save, writing the snapshot the pages read and the search index; this one runs Next's dev server behind a
 * small HTTP server of its own:
 * - a page asked for while a saved change is being read waits for that pass, so a reload shows the edit;
 * - while the content has an error, every page answers 500 with the problems exactly as `npm run check` prints them
 *   (components/dev/ContentProblemsPage), and comes back by itself once the file is fixed;
 * - open pages hear of each pass on /__content-events and follow it (components/dev/DevContentNotice);
 * - Next starts once there is a snapshot to read: at once, or, when the first pass of a fresh checkout finds an
 *   error, when that error is fixed (the pages would have nothing to render, and its config reads the redirects).
 *
 *   npm run dev [-- --port 3001] [-- --hostname 0.0.0.0]      (PORT is honoured too; 3000 by default)
 */
import { fork } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { contentEventsPath } from "../components/dev/content-events";
import type { AuthorError } from "../lib/content/errors";
import { snapshotFile, writtenAt } from "../lib/site/snapshot";
import type { ContentMessage } from "./content-watch";

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

/** How long a page waits for a content pass before it is served as things are (a pass takes well under this). */
const longestWait = 30_000;

/** What the content process last said, and the pages waiting for or listening to the next pass. */
let latest: { pass: number; errors: AuthorError[]; warnings: AuthorError[] } = {
  pass: 0,
  errors: [],
  warnings: [],
};
let reading = true;
let waiting: (() => void)[] = [];
const listeners = new Set<ServerResponse>();

type NextServer = ReturnType<typeof next>;
type StartedNext = {
  app: NextServer;
  handle: ReturnType<NextServer["getRequestHandler"]>;
  upgrade: ReturnType<NextServer["getUpgradeHandler"]>;
};
let nextServer: Promise<StartedNext> | undefined;
/** Next, started the first time the content pass has left a snapshot behind; undefined until then. */
function startedNext(): Promise<StartedNext> | undefined {
  if (!nextServer && writtenAt(root, snapshotFile) > 0) {
    const app = next({ dev: true, dir: root, hostname, port });
    nextServer = app
      .prepare()
      .then(() => ({ app, handle: app.getRequestHandler(), upgrade: app.getUpgradeHandler() }));
  }
  return nextServer;
}

const content = fork(new URL("./content-watch.ts", import.meta.url).pathname, [], {
  cwd: root,
  execArgv: ["--import", "tsx"],
  stdio: "inherit",
});
const firstPass = new Promise<void>((resolve, reject) => {
  content.on("message", (message: ContentMessage) => {
    if (message.kind === "reading") {
      reading = true;
      return;
    }
    latest = message;
    reading = false;
    startedNext();
    for (const resume of waiting) resume();
    waiting = [];
    const event = `data: ${JSON.stringify({ pass: message.pass, errors: message.errors.length })}\n\n`;
    for (const listener of listeners) listener.write(event);
    resolve();
  });
  content.on("exit", (code) => {
    reject(new Error(`the content process ended (${code})`));
    process.exit(code ?? 1);
  });
});

/** Until the pass that is reading a saved change is done (or a long while has passed). */
const passDone = () =>
  reading
    ? new Promise<void>((resolve) => {
        waiting.push(resolve);
        setTimeout(resolve, longestWait);
      })
    : Promise.resolve();

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
  response.write(
    `data: ${JSON.stringify({ pass: latest.pass, errors: latest.errors.length, first: true })}\n\n`,
  );
  listeners.add(response);
  request.on("close", () => listeners.delete(response));
}

function serveProblems(response: ServerResponse): void {
  const html = renderToStaticMarkup(createElement(ContentProblemsPage, latest));
  response.writeHead(500, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  response.end(`<!DOCTYPE html>${html}`);
}

await firstPass;
await startedNext();
const server = createServer(async (request, response) => {
  if (request.url === contentEventsPath) return serveEvents(request, response);
  if (wantsPage(request)) {
    await passDone();
    if (latest.errors.length > 0) return serveProblems(response);
  }
  const started = await startedNext();
  if (!started) {
    // Only a file or script asked for outside a page, while the first pass's errors stand: pages show them.
    response.writeHead(503, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    return response.end("The content has errors: open a page, or see the terminal.");
  }
  void started.handle(request, response);
});
server.on("upgrade", (request, socket, head) => {
  const started = startedNext();
  if (!started) return socket.destroy();
  void started.then(({ upgrade }) => upgrade(request, socket, head));
});
server.listen(port, hostname, () => {
  console.log(`dev server: http://${hostname}:${port} (content/ is watched; Ctrl+C stops)`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    content.kill();
    for (const listener of listeners) listener.end();
    server.close();
    void Promise.resolve(nextServer?.then(({ app }) => app.close())).finally(() => process.exit(0));
  });
}
