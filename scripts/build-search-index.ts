/**
 * `npm run search-index`: the content pass (re-using the content store), then the search index into
 * public/search-index/. `npm run build` does the same in one process (scripts/build.ts).
 */
import { ContentError } from "../lib/content/errors";
import { loadContent } from "../lib/content/load";
import { writeSearchIndex } from "./search-index";

const root = process.cwd();
const tree = loadContent({ root, store: "write" });
if (tree.errors.length > 0) throw new ContentError(tree.errors);
console.log(writeSearchIndex(root, tree));
