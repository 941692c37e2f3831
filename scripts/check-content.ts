/**
 * `npm run check`: every content problem in every file, in one run, then a non-zero exit if there were any.
 */
import { formatAuthorError } from "../lib/content/errors";
import { loadContent } from "../lib/content/load";
import { loadRuleData } from "../lib/rules/load";

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const content = loadContent({ root });
const { articles } = content;
// The rule data (planner, finder, lifecycle) refers to taxonomy ids and articles, so it is checked with them.
const errors = [
  ...content.errors,
  ...loadRuleData(root, {
    licenceIds: content.taxonomy.data.licences.map((l) => l.id),
    articleSlugs: articles.map((a) => a.slug),
    anchorsOf: (slug) => articles.find((a) => a.slug === slug)?.headings.map((h) => h.id) ?? [],
  }).errors,
];
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (errors.length > 0) {
  for (const error of errors) console.error(formatAuthorError(error));
  const files = new Set(errors.map((e) => e.file)).size;
  console.error(
    `\n${errors.length} ${errors.length === 1 ? "problem" : "problems"} in ${files} ${files === 1 ? "file" : "files"} (${seconds}s).`,
  );
  process.exit(1);
}
console.log(`content ok: ${articles.length} articles checked in ${seconds}s.`);
