/**
 * The indexed fields of a document (title, headings, description, body: bit i of a field mask is field i) and the
 * one rule that turns them into tokens. The builder gives each term its FlexSearch slot from `fieldTokens`; the
 * engine re-scores a candidate's stored text with `fieldMask`, which must, and is tested to, give the same answer
 * without tokenizing the whole text.
 */
import { normalize, tokenize } from "./tokenize";

export type FieldTexts = readonly [title: string, heads: string, description: string, body: string];

export function fieldTokens(texts: FieldTexts): string[][] {
  return texts.map((text, field) => tokenize(text, { singles: field === 0 }));
}

const latinOrDigit = /[\p{L}\p{N}]/u;
const han = /\p{Script=Han}/u;

/**
 * Whether normalized text holds a token as `tokenize` would cut it: a pair of Han characters anywhere, a single
 * one anywhere in a title and elsewhere only standing alone, a Latin word or number only whole.
 */
function holds(text: string, token: string, singles: boolean): boolean {
  if (han.test(token)) {
    if ([...token].length > 1 || singles) return text.includes(token);
    // Outside titles a single character is a token only where it stands alone between non-Han characters.
    for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + 1)) {
      if (!han.test(text[at - 1] ?? "") && !han.test(text[at + token.length] ?? "")) return true;
    }
    return false;
  }
  for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + 1)) {
    const before = text[at - 1] ?? "";
    const after = text[at + token.length] ?? "";
    const joins = (c: string) => c !== "" && latinOrDigit.test(c) && !han.test(c);
    if (!joins(before) && !joins(after)) return true;
  }
  return false;
}

/** Normalize once, check many tokens. */
export function normalizeFields(texts: FieldTexts): FieldTexts {
  return texts.map(normalize) as unknown as FieldTexts;
}

/** The field mask of a token in a document: bit i set when field i holds it. */
export function fieldMask(normalized: FieldTexts, token: string): number {
  let mask = 0;
  normalized.forEach((text, field) => {
    if (holds(text, token, field === 0)) mask |= 1 << field;
  });
  return mask;
}
