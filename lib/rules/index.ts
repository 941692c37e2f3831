import { ContentError, getSite } from "@/lib/content";
import { loadRuleData } from "./load";
import type { Finder, Rules } from "./schema";

export type { Finder, FinderActivity, FinderForeign, FinderScope, Rules } from "./schema";

let cached: { rules: Rules; finder: Finder } | undefined;

/** The rule data for pages, checked against the loaded site; throws on any author error, like getSite(). */
export function getRuleData(): { rules: Rules; finder: Finder } {
  if (cached) return cached;
  const site = getSite();
  const { rules, finder, errors } = loadRuleData(process.cwd(), {
    licenceIds: site.taxonomy.data.licences.map((l) => l.id),
    articleSlugs: site.articles.map((a) => a.slug),
    anchorsOf: (slug) => site.article(slug)?.headings.map((h) => h.id) ?? [],
  });
  if (errors.length > 0 || !rules || !finder) throw new ContentError(errors);
  cached = { rules, finder };
  return cached;
}
