import { loadContent } from "@/lib/content/load";
import { loadRuleData } from "@/lib/rules/load";
import type { Finder, Rules } from "@/lib/rules/schema";

let cached: { rules: Rules; finder: Finder } | undefined;

/** The real content/rules.yaml and content/licence-finder.yaml, checked against the real content. */
function load() {
  if (cached) return cached;
  const root = process.cwd();
  const content = loadContent({ root });
  const { rules, finder, errors } = loadRuleData(root, {
    licenceIds: content.taxonomy.data.licences.map((l) => l.id),
    articleSlugs: content.articles.map((a) => a.slug),
    anchorsOf: (slug) => content.articles.find((a) => a.slug === slug)?.headings.map((h) => h.id) ?? [],
  });
  if (!rules || !finder || errors.length > 0)
    throw new Error(`rule data has errors: ${JSON.stringify(errors)}`);
  cached = { rules, finder };
  return cached;
}

export const loadRules = () => load().rules;
export const loadFinder = () => load().finder;
