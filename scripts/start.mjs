// `npm start`: build the site if there is no server build yet, then serve it with `next start` on
// http://localhost:3000 (PORT honoured).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// `npm run export` builds into .next too, and leaves export-detail.json there; `next start` cannot serve that.
const serverBuild = existsSync(".next/BUILD_ID") && !existsSync(".next/export-detail.json");
if (!serverBuild || process.argv.includes("--rebuild")) {
  console.log("No server build found: building the site first (npm run build).");
  run("npm", ["run", "build"]);
}
const port = process.env.PORT ?? "3000";
run("node_modules/.bin/next", ["start", "--port", port]);
