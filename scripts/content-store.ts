/**
 * The content pass writing the content store and the pages' snapshot, for `getSite()` to run when the snapshot is
 * missing or stale (e.g. `next build` or `next dev` started without `npm run build`). Exits non-zero on errors.
 */
import { runContentPass } from "./content-pass";

if (!runContentPass({ root: process.cwd(), store: "write" })) process.exit(1);
