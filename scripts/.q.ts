import { readFileSync } from "node:fs";
import { SearchEngine } from "/work/main/lib/search/engine";
const engine = new SearchEngine(async (name) => readFileSync(`/work/main/public/search/${name}`, "utf8"));
for (const q of process.argv.slice(2)) {
  const t0 = performance.now();
  const hits = await engine.search(q, 5);
  console.log(q, (performance.now() - t0).toFixed(1) + "ms", hits.map((h) => h.url.replace("/articles/", "") + ":" + h.score.toFixed(1)).join("  "));
  if (hits[0]) console.log("   ", hits[0].snippet.map((p) => (p.hit ? `[${p.text}]` : p.text)).join(""));
}
