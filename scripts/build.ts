/**
 * `npm run build`: the content pass (writing the content store), the search index from the same content, then
 * `next build`, whose pages read the store instead of parsing again. Prints the time of each phase at the end.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { isStaticExport } from "../lib/build-mode";
import { addCompileHints, chunkDirs } from "./compile-hints";
import { runContentPass } from "./content-pass";
import { formatLightPagesReport, lightenPages } from "./light-pages";
import { writeSearchIndex } from "./search-index";

const root = process.cwd();
const phases: [string, number][] = [];
let mark = performance.now();
const phase = (name: string) => {
  const now = performance.now();
  phases.push([name, (now - mark) / 1000]);
  mark = now;
};

const tree = runContentPass({ root, store: "write" });
if (!tree) process.exit(1);
phase("content");
console.log(writeSearchIndex(root, tree));
phase("search index");

// Next prints one line when compiling is done and one when page generation starts; the phases are cut there.
const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
  stdio: ["inherit", "pipe", "inherit"],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
const cuts: [RegExp, string][] = [
  [/Compiled successfully|Compiled with warnings/, "Next compile"],
  [/Generating static pages/, "Next type check and page data"],
];
createInterface({ input: next.stdout }).on("line", (line) => {
  console.log(line);
  const cut = cuts[0];
  if (cut?.[0].test(line)) {
    cuts.shift();
    phase(cut[1]);
  }
});
next.on("close", (code) => {
  phase(cuts.length === 0 ? "page generation and export" : "Next build");
  if (code === 0) {
    const hinted = chunkDirs(root, isStaticExport()).map(addCompileHints);
    console.log(`compile hints added to ${hinted.join(" + ")} client chunks`);
    console.log(formatLightPagesReport(lightenPages(root, isStaticExport())));
    phase("compile hints and light pages");
  }
  const total = phases.reduce((sum, [, seconds]) => sum + seconds, 0);
  console.log(
    `\nbuild phases: ${phases.map(([name, s]) => `${name} ${s.toFixed(1)}s`).join(", ")}; total ${total.toFixed(1)}s`,
  );
  process.exit(code ?? 1);
});
