import { loadDataFile } from "./data-file";
import type { AuthorError } from "./errors";
import { quote } from "./errors";
import { type Taxonomy, taxonomySchema } from "./schema";
import { indexTaxonomy, type TaxonomyIndex } from "./taxonomy";

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
