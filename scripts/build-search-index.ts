/**
 * `npm run search-index`: the content pass (re-using the content store), then the search index into
 * public/search-index/. `npm run build` does the same in one process (scripts/build.ts).
 */
import { runContentPass } from "./content-pass";
import { writeSearchIndex } from "./search-index";

const root = process.cwd();
const pass = runContentPass({ root, store: "write" });
if (!pass) process.exit(1);
console.log(writeSearchIndex(root, pass));
