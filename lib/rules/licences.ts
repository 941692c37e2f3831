import { getSite, type Licence, licenceLabel } from "@/lib/content";

/** The label a tool shows for a licence: "B25 信息服务业务（ICP / SP）". */
export function toolLicenceLabel(licence: Licence): string {
  return licence.short && !licence.name.includes(licence.short)
    ? `${licenceLabel(licence)}（${licence.short}）`
    : licenceLabel(licence);
}

/** The given licence ids as choices for a tool, in the given order, unknown ids left out (the check reports them). */
export function licenceChoices(ids: readonly string[]): { id: string; label: string }[] {
  const site = getSite();
  return ids
    .map((id) => site.taxonomy.licence(id))
    .filter((l): l is Licence => !!l)
    .map((l) => ({ id: l.id, label: toolLicenceLabel(l) }));
}
