/**
 * `npm run bench:serve`: the site under load. `next start` (the server build) and, for comparison, the static export
 * under a plain file server, each for 30 s with 50 connections over the same mix of addresses a reader's browser
 * asks for. Prints requests/s, latency p50/p99, responses that are neither 2xx, 3xx nor 404 (expected 0) and the
 * server's resident memory at the end. Figures are printed, never asserted. Loopback only.
 *
 * BENCH_DURATION (seconds, default 30), BENCH_CONNECTIONS (default 50) and BENCH_PORT (default 3212; the export
 * uses the next port) change the run. Builds what is missing first (npm run export, then npm run build).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";
import { articleRedirects } from "../lib/content";
import { routes } from "../lib/routes";
import { getSite } from "../lib/site";

const duration = Number(process.env.BENCH_DURATION ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const port = Number(process.env.BENCH_PORT ?? 3212);
const host = "127.0.0.1";
process.env.NEXT_TELEMETRY_DISABLED = "1";

/**
 * A production build needs the public origin; on loopback any https origin does, since no address in a page is
 * followed. An operator's own SITE_URL is kept.
 */
const benchSiteUrl = process.env.SITE_URL ?? "https://example.cn";

function npm(script: string) {
  console.log(`bench:serve: npm run ${script}`);
  const result = spawnSync("npm", ["run", script], {
    stdio: "inherit",
    env: { ...process.env, SITE_URL: benchSiteUrl },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// `npm run export` builds in .next as well, so it goes first and the server build after it.
const exportMissing = !existsSync("out/index.html");
if (exportMissing) npm("export");
if (exportMissing || !existsSync(".next/BUILD_ID") || existsSync(".next/export-detail.json")) npm("build");

/** The address mix: every connection walks this list in a loop. */
function addressMix(): string[] {
  const site = getSite();
  const manifest = JSON.parse(readFileSync("public/search-index/manifest.json", "utf8")) as {
    shardFiles: string[];
    docFiles: string[];
  };
  const articles = site.articles.slice(0, 6).map((a) => a.url);
  return [
    routes.home,
    ...articles,
    routes.articles,
    routes.licences,
    routes.licence("b25"),
    routes.topic("renewal"),
    routes.region("national"),
    routes.home,
    routes.search("续期"),
    routes.search("ICP 年报 怎么报"),
    "/search-index/manifest.json",
    ...[manifest.shardFiles[0], manifest.docFiles[0]].map((file) => `/search-index/${file}`),
    routes.article("no-such-article"),
    "/no-such-page",
    `${routes.article(site.articles[0]?.slug ?? "x")}/`,
    ...articleRedirects(site.articles).map((redirect) => redirect.source),
  ];
}

/** Resident memory of a process and all its descendants (next start may run its server in a child). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we were reading.
    }
  }
  let bytes = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop() as number;
    try {
      const status = readFileSync(`/proc/${current}/status`, "utf8");
      bytes += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {}
    queue.push(...(children.get(current) ?? []));
  }
  return bytes;
}

async function waitUntilUp(url: string, server: ChildProcess) {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.exitCode !== null) throw new Error(`server for ${url} exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up`);
}

interface Figures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  byStatus: Record<string, number>;
  unexpected: number;
  rss: number;
}

async function measure(
  name: string,
  command: string[],
  serverPort: number,
  paths: string[],
): Promise<Figures> {
  const [bin, ...args] = command as [string, ...string[]];
  // Its own process group, so that stopping it stops whatever it started.
  const server = spawn(bin, args, { stdio: ["ignore", "ignore", "inherit"], detached: true });
  const base = `http://${host}:${serverPort}`;
  try {
    await waitUntilUp(`${base}/`, server);
    // A short warm-up so the first requests' one-off work is not counted.
    await autocannon({ url: base, connections: 4, duration: 3, requests: paths.map((path) => ({ path })) });
    const result = await autocannon({
      url: base,
      connections,
      duration,
      requests: paths.map((path) => ({ path })),
    });
    const byStatus = Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, Number(stat.count ?? 0)]),
    );
    const unexpected =
      Object.entries(byStatus)
        .filter(([code]) => !/^[23]\d\d$/.test(code) && code !== "404")
        .reduce((sum, [, count]) => sum + count, 0) +
      result.errors +
      result.timeouts;
    return {
      name,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      total: result.requests.total,
      byStatus,
      unexpected,
      rss: treeRss(server.pid as number),
    };
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

const paths = addressMix();
console.log(
  `bench:serve: ${duration} s, ${connections} connections, ${paths.length} addresses in the mix on ${host}`,
);
const runs = [
  await measure(
    "next start",
    ["node_modules/.bin/next", "start", "--hostname", host, "--port", String(port)],
    port,
    paths,
  ),
  await measure(
    "export + serve",
    ["node", "scripts/serve-export.mjs", `tcp://${host}:${port + 1}`],
    port + 1,
    paths,
  ),
];

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
console.table(
  Object.fromEntries(
    runs.map((run) => [
      run.name,
      {
        "req/s": Math.round(run.requestsPerSecond),
        "p50 ms": run.p50,
        "p99 ms": run.p99,
        requests: run.total,
        statuses: Object.entries(run.byStatus)
          .map(([code, count]) => `${code}×${count}`)
          .join(" "),
        "not 2xx/3xx/404": run.unexpected,
        "RSS at end": mib(run.rss),
      },
    ]),
  ),
);
if (runs.some((run) => run.unexpected > 0)) {
  console.error("bench:serve: some responses were errors (not 2xx, 3xx or 404)");
  process.exitCode = 1;
}
