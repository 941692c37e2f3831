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

/** A label readers recognise: "B25 信息服务业务（ICP / SP）". */
export function licenceLabel(licence: Licence): string {
  const code = /^B\d\d$/.test(licence.code) ? `${licence.code} ` : "";
  return `${code}${licence.name}`;
}
