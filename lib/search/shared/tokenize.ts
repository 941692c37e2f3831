/**
 * One tokenizer for the build and the browser, so the index and the query can never disagree.
 *
 * Chinese has no spaces, and word segmenters split domain words (续期 → 续/期), so Han text becomes single characters
 * plus overlapping bigrams: a bigram match means two characters side by side, which is what makes a whole phrase
 * outrank scattered characters. Latin letters and digits are kept as whole lower-cased words, so ICP, B25, 106 and
 * 10699 stay intact and never match inside each other.
 */

/** A run of Han characters, or a run of other letters and digits (Latin codes such as ICP, B25, 10699). */
const segmentPattern = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
/** The same, for phrases of at least two characters. */
export const phrasePattern = /\p{Script=Han}{2,}|(?:(?!\p{Script=Han})[\p{L}\p{N}]){2,}/gu;
const hanPattern = /^\p{Script=Han}/u;

/** NFKC folds full-width letters and digits (ＩＣＰ，１０６) to their plain forms. */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

export interface TokenOptions {
  /** Index single Han characters too (short fields and queries); body text keeps bigrams only, to stay small. */
  singles: boolean;
}

/** Tokens of a text, in order of appearance, repeated as they occur. */
export function tokenize(text: string, { singles }: TokenOptions): string[] {
  const tokens: string[] = [];
  for (const [segment] of normalize(text).matchAll(segmentPattern)) {
    if (!hanPattern.test(segment)) {
      tokens.push(segment);
      continue;
    }
    const chars = [...segment];
    if (chars.length === 1 || singles) tokens.push(...chars);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + (chars[i + 1] ?? ""));
  }
  return tokens;
}

/**
 * Words that make a sentence a question but say nothing about its subject. Only whole words are removed (never a
 * single character inside a word: 有效期 keeps its 有). A word comes before any word it starts with (怎么办 before
 * 怎么): the pattern takes the first that matches.
 */
const questionWords = [
  ..."怎么办 怎么样 怎么 怎样 如何 什么 哪些 哪个 哪里 哪儿 是否 是不是 能不能 可不可以 请问 一下".split(" "),
  ..."我们 我的 我 吗 呢 吧 呀 啊".split(" "),
];
const questionWordPattern = new RegExp(questionWords.join("|"), "g");

/** A reader's query with question words replaced by breaks, so no bigram spans the gap they leave. */
export function stripQuestionWords(query: string): string {
  return normalize(query).replace(questionWordPattern, " ");
}

/**
 * Distinct query tokens: what the index is asked for. Pairs and words only; a single character is asked for only
 * when it stands alone (证, 号), because the postings of common characters are the largest and say the least.
 */
export function queryTokens(query: string): string[] {
  return [...new Set(tokenize(stripQuestionWords(query), { singles: false }))];
}

/** FNV-1a: a small, stable string hash, the same in Node and every browser. */
export function hashToken(token: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Which index shard holds a token's postings. */
export function shardOf(token: string, shardCount: number): number {
  return shardCount <= 1 ? 0 : hashToken(token) % shardCount;
}
