/**
 * The FlexSearch index of the site, made the same way by the builder and by the engine: FlexSearch does not export
 * its options, so both construct it here. FlexSearch keeps the inverted index (term → slots → ids), encodes
 * documents and queries with our tokenizer, and matches: a multi-term query is intersected slot by slot.
 *
 * Slots carry impact order. A term's slot in a document says where the document holds it: one slot per field
 * weight sum (title 8, headings 4, description 3, body 1: ranking.ts), highest first, then body-only matches by how
 * often the body says the term. FlexSearch ranks a document by its worst slot over the query's terms and walks the
 * slots in order, which is what lets a query read only the first pages of a term's ids (browser/terms.ts).
 */
import { Index } from "flexsearch";
import { impactOf } from "./ranking";
import { tokenize } from "./tokenize";

/** The field mask of a term the document holds in its body alone. */
const BODY_ONLY = 0b1000;

/** The field-weight sums a term's field mask can have (masks 1–15), body-only excluded, highest first. */
const fieldImpacts = [...new Set(Array.from({ length: 15 }, (_, i) => impactOf(i + 1)))]
  .filter((impact) => impact !== impactOf(BODY_ONLY))
  .sort((a, b) => b - a);

/** Body-only matches in slots by how often the body says the term: at least 8 times, 4, 2, then once. */
const bodyCounts = [8, 4, 2, 1];

/** Slots per term: FlexSearch's `resolution`. */
export const RESOLUTION = fieldImpacts.length + bodyCounts.length;

/** The slot of a term in a document: from its field mask (fields.ts) and, for body-only terms, its body count. */
export function slotOf(mask: number, bodyCount: number): number {
  if (mask !== BODY_ONLY) return fieldImpacts.indexOf(impactOf(mask));
  return fieldImpacts.length + bodyCounts.findIndex((least) => bodyCount >= least);
}

/**
 * The encoder: our tokenizer. The builder hands each document over as its distinct tokens, and the engine a
 * query as its planned tokens, both joined by spaces; tokenizing a token list gives it back unchanged (tested), so
 * the index and the query cannot disagree.
 */
export const encode = (text: string): string[] => tokenize(text, { singles: false });

export type ScoreHook = (content: string[], term: string) => number;

/** A FlexSearch index with the site's options; the builder passes the `score` hook that gives each term its slot. */
export function createIndex(score?: ScoreHook): Index {
  return new Index({ tokenize: "strict", resolution: RESOLUTION, encode, ...(score ? { score } : {}) });
}
