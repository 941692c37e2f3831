// Serve the static export in out/ the way a plain static host would (no headers, no redirects of its own):
// `node scripts/serve-export.mjs [port]`. Used by the export smoke test and the load test.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("out/index.html")) {
  console.error("No static export in out/: run `npm run export` first.");
  process.exit(1);
}
const port = process.argv[2] ?? process.env.PORT ?? "3000";
const child = spawn(
  "node_modules/.bin/serve",
  ["out", "--listen", port, "--no-clipboard", "--no-port-switching"],
  {
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
