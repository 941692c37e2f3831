import type { Taxonomy } from "../../content/schema";
import { hasCatalogueCode } from "../../content/taxonomy";
import { normalize } from "../shared/tokenize";

/**
 * The synonym groups search expands queries with: content/synonyms.yaml (checked by the content pass) plus one
 * group per licence (code, short name, aliases).
 */
export function synonymGroups(groups: readonly string[][], taxonomy: Taxonomy): string[][] {
  const licenceGroups = taxonomy.licences.map((licence) => [
    ...(hasCatalogueCode(licence) ? [licence.code] : []),
    licence.name,
    ...licence.short.split(/\s*\/\s*/),
    ...licence.aliases,
  ]);
  return [...groups, ...licenceGroups].map((group) => [...new Set(group.map(normalize))]);
}
