import { loadDataFile } from "./data-file";
import type { AuthorError } from "./errors";
import { quote } from "./errors";
import {
  type Licence,
  type LicenceClass,
  type Region,
  type Taxonomy,
  type Topic,
  taxonomySchema,
} from "./schema";

/** Lookups over the taxonomy data (content/taxonomy.yaml). */
export interface TaxonomyIndex {
  data: Taxonomy;
  licence(id: string): Licence | undefined;
  licenceClass(id: string): LicenceClass | undefined;
  topic(id: string): Topic | undefined;
  region(id: string): Region | undefined;
  /** Licence entries grouped under their class, in the taxonomy's order. */
  licencesByClass(): { class: LicenceClass; licences: Licence[] }[];
}

export const taxonomyFile = "content/taxonomy.yaml";
const emptyTaxonomy: Taxonomy = { licences: [], classes: [], topics: [], regions: [] };

/** Read and check content/taxonomy.yaml: schema errors with lines, and ids used twice in one list. */
export function loadTaxonomy(root: string): { taxonomy: TaxonomyIndex; errors: AuthorError[] } {
  const file = taxonomyFile;
  const { data, errors, lineOf } = loadDataFile(root, file, taxonomySchema, {
    code: "invalid-taxonomy",
    required: true,
    what: "the taxonomy of licences, topics and regions",
  });
  if (!data || !lineOf) return { taxonomy: indexTaxonomy(emptyTaxonomy), errors };
  for (const kind of ["licences", "topics", "regions"] as const) {
    const seen = new Set<string>();
    data[kind].forEach((item, index) => {
      if (seen.has(item.id)) {
        errors.push({
          code: "invalid-taxonomy",
          file,
          line: lineOf([kind, index, "id"]),
          field: `${kind}[${index}].id`,
          found: quote(item.id),
          expected: "an id not used before in the same list",
        });
      }
      seen.add(item.id);
    });
  }
  return { taxonomy: indexTaxonomy(errors.length > 0 ? emptyTaxonomy : data), errors };
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
