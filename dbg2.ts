import { buildContentSearchIndex } from "./lib/search/build/documents";
import { engineForFiles } from "./tests/support/search-index";
const { files } = buildContentSearchIndex(process.argv[2]!);
const { engine } = engineForFiles(files);
for (const q of ["ICP续期", "年报", "续期", "变更", "注销", "许可证", "CDN申请"]) {
  const hits = await engine.search(q, 5);
  console.log(q, hits.map((h) => h.url.replace("/articles/", "")).join(" "), JSON.stringify(engine.lastQuery));
}
