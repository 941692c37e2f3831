/**
 * `npm run new -- <slug> --licence <id> --topic <id> [--type guide|explainer] [--region <id>]`: start an article
 * from the skeleton its type needs (lib/content/scaffold.ts). --licence and --region may be given more than once or
 * as a comma list. Writes content/articles/<slug>.md and nothing else; refuses a slug that is taken or breaks the
 * slug rule, and ids not in content/taxonomy.yaml (with the nearest one), writing nothing.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadContent } from "../lib/content/load";
import { scaffoldArticle } from "../lib/content/scaffold";
import { articlesDir } from "../lib/content/sources";
import { todayInShanghai } from "../lib/rules/dates";

const usage =
  "usage: npm run new -- <slug> --licence <id> --topic <id> [--type guide|explainer] [--region <id>]\n" +
  "  e.g. npm run new -- icp-renewal-shanghai --licence b25 --topic renewal --region shanghai";

const root = process.cwd();
let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      type: { type: "string", default: "guide" },
      licence: { type: "string", multiple: true, default: [] },
      topic: { type: "string", default: "" },
      region: { type: "string", multiple: true, default: [] },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  console.error(`npm run new: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { positionals, values } = parsed;
const [slug, ...extra] = positionals;
const type = values.type;
if (!slug || extra.length > 0 || (type !== "guide" && type !== "explainer")) {
  console.error(
    `npm run new: ${!slug ? "found no slug" : extra.length > 0 ? `found more than one slug (${positionals.join(" ")})` : `--type: found "${type}", expected guide or explainer`}\n${usage}`,
  );
  process.exit(2);
}
const ids = (given: string[]) =>
  given
    .flatMap((value) => value.split(","))
    .map((id) => id.trim())
    .filter(Boolean);

// The slugs taken: every article file, and every old address an article keeps alive (redirectFrom).
const content = loadContent({ root, store: "read" });
const takenSlugs = new Map<string, string>();
for (const file of content.files) takenSlugs.set(file.slug, `${file.file} has it`);
for (const file of content.files)
  for (const old of file.front?.redirectFrom ?? [])
    takenSlugs.set(old, `${file.file} keeps it as an old address in redirectFrom`);

const result = scaffoldArticle(
  {
    slug,
    type,
    licences: ids(values.licence),
    topic: values.topic.trim(),
    regions: ids(values.region),
    today: todayInShanghai(),
  },
  { taxonomy: content.taxonomy, takenSlugs },
);
if ("problems" in result) {
  for (const problem of result.problems) console.error(`npm run new: ${problem}`);
  console.error(usage);
  process.exit(2);
}
const file = path.join(root, articlesDir, `${slug}.md`);
if (existsSync(file)) {
  console.error(`npm run new: ${articlesDir}/${slug}.md already exists`);
  process.exit(2);
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, result.text);
console.log(`wrote ${articlesDir}/${slug}.md (${type}). Next:
  1. write the title, the description, the opening answer and the sections; add at least one source;
  2. npm run dev shows it at http://localhost:3000/articles/${slug} as you save (until it has a source, every page
     lists that one problem instead);
  3. npm run check before you commit.`);
