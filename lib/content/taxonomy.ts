import type { Licence, LicenceClass, Region, Taxonomy, Topic } from "./schema";

/** Lookups over the taxonomy data (content/taxonomy.yaml, read by taxonomy-file.ts). */
export interface TaxonomyIndex {
  data: Taxonomy;
  licence(id: string): Licence | undefined;
  licenceClass(id: string): LicenceClass | undefined;
  topic(id: string): Topic | undefined;
  region(id: string): Region | undefined;
  /** Licence entries grouped under their class, in the taxonomy's order. */
  licencesByClass(): { class: LicenceClass; licences: Licence[] }[];
}

export function indexTaxonomy(data: Taxonomy): TaxonomyIndex {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.id, item]));
  const licences = byId(data.licences);
  const classes = byId(data.classes);
  const topics = byId(data.topics);
  const regions = byId(data.regions);
  return {
    data,
    licence: (id) => licences.get(id),
    licenceClass: (id) => classes.get(id as LicenceClass["id"]),
    topic: (id) => topics.get(id),
    region: (id) => regions.get(id),
    licencesByClass: () =>
      data.classes.map((cls) => ({ class: cls, licences: data.licences.filter((l) => l.class === cls.id) })),
  };
}

/** True for a licence with a code of the catalogue (B11–B26); basic services and code numbers have none. */
export const hasCatalogueCode = (licence: Pick<Licence, "code">): boolean => /^B\d\d$/.test(licence.code);

/**
 * The one way the site names a licence. "full" (titles, tools): "B25 信息服务业务（ICP / SP）", the short name left out
 * when the name already says it ("用户驻地网业务"). "short" (chips): "ICP / SP（B25）", or the name where there is no code.
 */
export function licenceLabel(licence: Licence, form: "full" | "short" = "full"): string {
  if (form === "short")
    return hasCatalogueCode(licence) ? `${licence.short}（${licence.code}）` : licence.name;
  const code = hasCatalogueCode(licence) ? `${licence.code} ` : "";
  const short = licence.short && !licence.name.includes(licence.short) ? `（${licence.short}）` : "";
  return `${code}${licence.name}${short}`;
}
