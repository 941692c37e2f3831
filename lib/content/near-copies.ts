import type { AuthorError } from "./errors";
import type { BodyParagraph } from "./markdown/paragraphs";

/**
 * Near-copies: long sentences said nearly word for word in several articles. A passage repeated across articles
 * drifts when one copy is corrected and the others are not, so each passage should have one home that the other
 * articles link to in a line. This finds the sentences that have not: a warning each, not an error (a short
 * cross-reference that repeats a phrase is fine, and only an editor can tell).
 *
 * A sentence counts when, with its citations removed, it has at least `minHan` Chinese characters and at least
 * `shared` of its runs of `runLength` characters appear in one sentence of another article, for at least
 * `otherArticles` other articles. Runs are hashed and looked up in one index over every sentence (no pairwise
 * comparison of articles), and identical sentences are indexed once, so a passage copied into a thousand
 * articles costs one entry.
 */
export interface NearCopyRules {
  minHan: number;
  runLength: number;
  shared: number;
  otherArticles: number;
}

export const nearCopyRules: NearCopyRules = { minHan: 30, runLength: 8, shared: 0.6, otherArticles: 2 };

/** The prose of one article file, as the content pass parsed it. */
export interface ProseSource {
  file: string;
  slug: string;
  paragraphs: readonly BodyParagraph[];
}

/** One sentence of a paragraph with the line it starts on. */
export interface Sentence {
  line: number;
  /** As written. */
  text: string;
  /** The sentence's own words: its link text (a cross-reference's target) left out. */
  own: string;
}

/** A sentence ends at 。！？!? and takes any closing quotes or brackets that follow. */
const sentencePattern = /[^。！？!?]+(?:[。！？!?]+[”’」』）)]*)?/g;

/** The sentences of a paragraph, each with the file line it starts on. */
export function splitSentences({ line, text, links }: BodyParagraph): Sentence[] {
  let own = text;
  for (const [start, end] of links) own = own.slice(0, start) + " ".repeat(end - start) + own.slice(end);
  const sentences: Sentence[] = [];
  let newlines = 0;
  let counted = 0;
  for (const match of text.matchAll(sentencePattern)) {
    const lead = match[0].length - match[0].trimStart().length;
    const start = match.index + lead;
    for (; counted < start; counted++) if (text[counted] === "\n") newlines++;
    const written = match[0].trim();
    if (written === "") continue;
    sentences.push({
      line: line + newlines,
      text: written.replace(/\s*\n\s*/g, ""),
      own: own.slice(start, start + written.length),
    });
  }
  return sentences;
}

const number = "[0-9零〇一二两三四五六七八九十百千]+";
/** A parenthetical that cites: a title in 《》, an article number, an order or document number, a relayed source. */
const citingParenthetical = new RegExp(
  `[（(][^（）()]*(?:《|第${number}[条款项]|令|号|据转引)[^（）()]*[）)]`,
  "g",
);
const titles = /《[^》]*》/g;
const articleNumbers = new RegExp(`第${number}[条款项]`, "g");
const shortOrders = /[0-9]+号令/g;

/** A sentence without its citations: regulation titles, article numbers and parentheticals that cite. */
export function withoutCitations(sentence: string): string {
  let text = sentence;
  // Inner parentheticals first: （《办法》（工业和信息化部令第42号）第五条）.
  for (let before = ""; before !== text; ) {
    before = text;
    text = text.replace(citingParenthetical, "");
  }
  return text.replace(titles, "").replace(articleNumbers, "").replace(shortOrders, "");
}

const han = /\p{Script=Han}/gu;
const notWord = /[^\p{Script=Han}\p{L}\p{N}]+/gu;

/**
 * The distinct hashed runs of a text's words (punctuation and spaces left out), sorted. Each run is hashed twice
 * (FNV-1a with two offsets) into one 53-bit number, so two different runs share a key about once in 10^16.
 */
export function runHashes(words: string, runLength: number): Float64Array {
  const count = words.length - runLength + 1;
  if (count <= 0) return new Float64Array(0);
  const hashes = new Float64Array(count);
  for (let start = 0; start < count; start++) {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = start; i < start + runLength; i++) {
      const code = words.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
    }
    hashes[start] = (a >>> 0) * 2 ** 21 + (b >>> 11);
  }
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++) {
    if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i] as number;
  }
  return hashes.slice(0, distinct);
}

/** How many keys two sorted arrays share. */
function sharedCount(x: Float64Array, y: Float64Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    const a = x[i] as number;
    const b = y[j] as number;
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return shared;
}

/** A distinct sentence (its words after citations are removed) and where it occurs. */
interface Form {
  runs: Float64Array;
  occurrences: { source: number; line: number; text: string }[];
}

const namesShown = 10;

function otherArticlesText(slugs: string[]): string {
  const shown = slugs.slice(0, namesShown).join(", ");
  return slugs.length > namesShown ? `${shown} and ${slugs.length - namesShown} more` : shown;
}

function excerpt(sentence: string): string {
  return JSON.stringify([...sentence].length > 40 ? `${[...sentence].slice(0, 40).join("")}…` : sentence);
}

/** Every near-copy sentence of every article, as warnings with file:line naming the other articles. */
export function findNearCopies(sources: readonly ProseSource[], rules = nearCopyRules): AuthorError[] {
  const forms: Form[] = [];
  const formOf = new Map<string, number>();
  sources.forEach((source, index) => {
    for (const paragraph of source.paragraphs) {
      for (const sentence of splitSentences(paragraph)) {
        const cited = withoutCitations(sentence.own);
        if ((cited.match(han)?.length ?? 0) < rules.minHan) continue;
        const words = cited.replace(notWord, "").toLowerCase();
        let id = formOf.get(words);
        if (id === undefined) {
          id = forms.push({ runs: runHashes(words, rules.runLength), occurrences: [] }) - 1;
          formOf.set(words, id);
        }
        forms[id]?.occurrences.push({ source: index, line: sentence.line, text: sentence.text });
      }
    }
  });

  // Which distinct sentences hold each run.
  const holders = new Map<number, number[]>();
  forms.forEach((form, id) => {
    for (const run of form.runs) {
      const list = holders.get(run);
      if (list) list.push(id);
      else holders.set(run, [id]);
    }
  });

  const warnings: AuthorError[] = [];
  forms.forEach((form, id) => {
    const need = Math.ceil(form.runs.length * rules.shared);
    // A sentence sharing `need` of these runs holds at least one of any (length - need + 1) of them, so only the
    // rarest ones are looked up: their holders are the only candidates (prefix filtering).
    const rarest = [...form.runs]
      .map((run) => holders.get(run) ?? [])
      .sort((x, y) => x.length - y.length)
      .slice(0, form.runs.length - need + 1);
    const articles = new Set(form.occurrences.map((o) => o.source));
    const checked = new Set<number>([id]);
    for (const list of rarest) {
      for (const other of list) {
        if (checked.has(other)) continue;
        checked.add(other);
        const candidate = forms[other] as Form;
        if (sharedCount(form.runs, candidate.runs) < need) continue;
        for (const occurrence of candidate.occurrences) articles.add(occurrence.source);
      }
    }
    if (articles.size < rules.otherArticles + 1) return;
    for (const occurrence of form.occurrences) {
      const others = [...articles].filter((source) => source !== occurrence.source);
      if (others.length < rules.otherArticles) continue;
      const slugs = others.map((source) => sources[source]?.slug ?? "").sort();
      warnings.push({
        code: "near-copy",
        file: sources[occurrence.source]?.file ?? "",
        line: occurrence.line,
        field: "body sentence",
        found: `${excerpt(occurrence.text)}, nearly word for word in ${others.length} other articles (${otherArticlesText(slugs)})`,
        expected: "the passage in one article, and a one-line link to it in the others",
      });
    }
  });
  return warnings;
}
