// Browser tests need Chromium and a Chinese font. Playwright cannot download its own browser on this network, so
// install Debian's packages with apt when they are missing (CI runs as root on a fresh machine).
import { execSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasCjkFont = () => {
  const result = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  return result.status === 0 && result.stdout.trim() !== "";
};

const missing = [];
if (!existsSync(chromium)) missing.push("chromium");
if (!hasCjkFont()) missing.push("fonts-noto-cjk");

if (missing.length === 0) {
  console.log(`browser ok: ${chromium} and a CJK font are installed.`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const sudo = isRoot ? "" : "sudo ";
if (!isRoot && spawnSync("sudo", ["-n", "true"]).status !== 0) {
  console.error(
    `Missing ${missing.join(", ")}. Install them with: sudo apt-get install -y ${missing.join(" ")}`,
  );
  process.exit(1);
}
console.log(`Installing ${missing.join(", ")} with apt ...`);
const apt = `${sudo}env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600`;
execSync(`${apt} update -qq`, { stdio: "inherit" });
execSync(`${apt} install -y -qq ${missing.join(" ")} fontconfig`, {
  stdio: "inherit",
});
execSync("fc-cache -f", { stdio: "ignore" });
if (!existsSync(chromium) || !hasCjkFont()) {
  console.error("apt finished but Chromium or the CJK font is still missing.");
  process.exit(1);
}
console.log("browser ok.");
