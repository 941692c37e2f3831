// `npm start`: build the static site if there is no build yet, then serve it on http://localhost:3000.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync("out/index.html") || process.argv.includes("--rebuild")) {
  console.log("No build found: building the site first (npm run build).");
  run("npm", ["run", "build"]);
}
const port = process.env.PORT ?? "3000";
run("node_modules/.bin/serve", ["out", "--listen", port, "--no-clipboard", "--no-port-switching"]);
