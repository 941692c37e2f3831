/**
 * `npm run check`: the build's content pass without writing anything: every content problem in every file, in one
 * run, then a non-zero exit if there were any. Files unchanged since the last build come from the content store.
 */
import path from "node:path";
import { runContentPass } from "./content-pass";

const root = path.resolve(process.argv[2] ?? process.cwd());
if (!runContentPass({ root, store: "read" })) process.exit(1);
