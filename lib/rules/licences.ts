import { type Licence, licenceLabel, type TaxonomyIndex } from "@/lib/content";

/** The given licence ids as choices for a tool, in the given order, unknown ids left out (the check reports them). */
export function licenceChoices(
  taxonomy: TaxonomyIndex,
  ids: readonly string[],
): { id: string; label: string }[] {
  return ids
    .map((id) => taxonomy.licence(id))
    .filter((l): l is Licence => !!l)
    .map((l) => ({ id: l.id, label: licenceLabel(l) }));
}
