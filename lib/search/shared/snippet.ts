import { normalize, queryTokens } from "./tokenize";

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/**
 * What to mark in a text for a query: the query's own tokens (Latin words, pairs of adjacent Han characters, a Han
 * character that stands alone), so "呼叫中心年报" still lights up "呼叫中心" and "年报" where they appear apart.
 */
export function markTerms(query: string, synonyms: string[] = []): string[] {
  // Synonyms are marked as whole words only: their character pairs (业务, 服务…) would light up half the page.
  return [...new Set([...synonyms.filter((word) => [...word].length >= 2), ...queryTokens(query)])];
}

/** Split a text into marked and unmarked runs. Matching ignores case and full-width forms. */
export function markText(text: string, terms: string[]): SnippetPart[] {
  const folded = normalize(text);
  // NFKC can change lengths; when it does, fall back to matching the text as it is.
  const haystack = folded.length === text.length ? folded : text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (term === "") continue;
    for (let at = haystack.indexOf(term); at !== -1; at = haystack.indexOf(term, at + 1)) {
      marked.fill(true, at, at + term.length);
    }
  }
  const parts: SnippetPart[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && marked[i] === marked[start]) continue;
    parts.push({ text: text.slice(start, i), hit: marked[start] ?? false });
    start = i;
  }
  return parts;
}

/** A short passage around the densest run of hits, marked; the start of the text when nothing matches. */
export function makeSnippet(text: string, terms: string[], width = 80): SnippetPart[] {
  const parts = markText(text, terms);
  let offset = 0;
  let bestStart = -1;
  let bestScore = 0;
  const hits: { at: number; length: number }[] = [];
  for (const part of parts) {
    if (part.hit) hits.push({ at: offset, length: part.text.length });
    offset += part.text.length;
  }
  for (const hit of hits) {
    const score = hits
      .filter((other) => other.at >= hit.at && other.at < hit.at + width)
      .reduce((sum, other) => sum + other.length, 0);
    if (score > bestScore) {
      bestScore = score;
      bestStart = hit.at;
    }
  }
  const start = bestStart <= 0 ? 0 : Math.max(0, bestStart - Math.floor(width / 4));
  const end = Math.min(text.length, start + width);
  const window = markText(text.slice(start, end), terms);
  if (start > 0) window.unshift({ text: "…", hit: false });
  if (end < text.length) window.push({ text: "…", hit: false });
  return window;
}
