/**
 * The content side of `npm run dev`, in a process of its own so that reading content/ never holds up the dev server:
 * the content pass at start (writing the snapshot, the problems and the search index), then again whenever a file
 * under content/ is saved, reusing the content store (one edited article costs about one file's parse). It tells the
 * dev server (scripts/dev.ts, its parent) when a change is seen and when each pass is done; the terminal gets the
 * same lines as `npm run check`.
 */
import path from "node:path";
import { watch } from "chokidar";
import type { AuthorError } from "../lib/content/errors";
import { formatAuthorError, formatWarning } from "../lib/content/errors";
import { factCheckMaxAgeMonths } from "../lib/content/freshness";
import { runSitePass } from "../lib/site/pass";
import { writeSearchIndex } from "./search-index";

/** What the dev server hears: a change is being read, or a pass is done with its problems. */
export type ContentMessage =
  | { kind: "reading"; files: string[] }
  | { kind: "pass"; pass: number; errors: AuthorError[]; warnings: AuthorError[] };

const root = process.cwd();
const maxAgeMonths = factCheckMaxAgeMonths(process.env.FACT_CHECK_MAX_AGE_MONTHS);
const tell = (message: ContentMessage) => process.send?.(message);
let passes = 0;

function readContent(reason: string): void {
  const started = performance.now();
  const pass = runSitePass({ root, store: "write", maxAgeMonths });
  if (pass.errors.length === 0) writeSearchIndex(root, pass);
  passes++;
  const ms = Math.round(performance.now() - started);
  for (const warning of pass.warnings) console.warn(formatWarning(warning));
  if (pass.errors.length > 0) {
    for (const error of pass.errors) console.error(formatAuthorError(error));
    console.error(
      `content: ${pass.errors.length} problems (${reason}, ${ms} ms): every page shows them until fixed`,
    );
  } else {
    const { parsed, reused } = pass.stats;
    console.log(
      `content: ${pass.articles.length} articles ok (${reason}, ${parsed} parsed, ${reused} reused, ${ms} ms)`,
    );
  }
  tell({ kind: "pass", pass: passes, errors: pass.errors, warnings: pass.warnings });
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
  tell({ kind: "reading", files: [...changed] });
  clearTimeout(pending);
  pending = setTimeout(() => {
    const files = [...changed].join(", ");
    changed.clear();
    readContent(`${files} saved`);
  }, 30);
});

// The dev server going away (Ctrl+C, or it crashed) ends this process too.
process.on("disconnect", () => {
  void watcher.close().finally(() => process.exit(0));
});
