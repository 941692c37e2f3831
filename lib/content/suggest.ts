import { closest, distance } from "fastest-levenshtein";

/** The nearest candidate to a mistyped id, if it is near enough to be a likely typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const match = closest(word, [...candidates]);
  return distance(word, match) <= Math.max(2, Math.floor(word.length / 3)) ? match : undefined;
}

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const match = nearest(word, candidates);
  return match ? `did you mean "${match}"?` : undefined;
}
