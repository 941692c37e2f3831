import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import type { Taxonomy } from "../../content/schema";
import { normalize } from "../shared/tokenize";

const synonymsSchema = z.strictObject({
  groups: z.array(z.array(z.string().min(1)).min(2, { error: "a group of at least two words" })),
});

/** Synonym groups from content/synonyms.yaml plus one group per licence (code, short name, aliases). */
export function loadSynonymGroups(root: string, taxonomy: Taxonomy): string[][] {
  const file = path.join(root, "content", "synonyms.yaml");
  const { groups } = synonymsSchema.parse(parse(readFileSync(file, "utf8")));
  const licenceGroups = taxonomy.licences.map((licence) => [
    ...(/^B\d\d$/.test(licence.code) ? [licence.code] : []),
    licence.name,
    ...licence.short.split(/\s*\/\s*/),
    ...licence.aliases,
  ]);
  return [...groups, ...licenceGroups].map((group) => [...new Set(group.map(normalize))]);
}
