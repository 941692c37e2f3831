import type { Finder, Rules } from "@/lib/rules/schema";
import { runSitePass } from "@/lib/site/pass";

let cached: { rules: Rules; finder: Finder } | undefined;

/** The real content/rules.yaml and content/licence-finder.yaml, checked by the content pass with the real content. */
function load() {
  if (cached) return cached;
  const { rules, finder, errors } = runSitePass({ root: process.cwd() });
  if (!rules || !finder || errors.length > 0)
    throw new Error(`content has errors: ${JSON.stringify(errors)}`);
  cached = { rules, finder };
  return cached;
}

export const loadRules = () => load().rules;
export const loadFinder = () => load().finder;
