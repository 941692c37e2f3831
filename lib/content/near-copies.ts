import type { AuthorError } from "./errors";
import type { BodyParagraph } from "./markdown/paragraphs";

/**
 * Near-copies: long sentences said nearly word for word in several articles. A passage repeated across articles
 * drifts when one copy is corrected and the others are not, so each passage should have one home that the other
 * articles link to in a line. This finds the sentences that have not: a warning each, not an error (a short
 * cross-reference that repeats a phrase is fine, and only an editor can tell).
 *
 * A sentence counts when, with its citations and link text left out, it has at least `minHan` Chinese characters
 * and at least `shared` of its distinct runs of `runLength` characters appear in one sentence of another article,
 * for at least `otherArticles` other articles. Identical sentences are indexed once (a passage copied into a
 * thousand articles is one entry); every distinct run gets an id from one hash table and lists the sentences that
 * hold it; a sentence is compared only with the sentences holding one of its rarest runs, never article with article.
 */
export interface NearCopyRules {
  minHan: number;
  runLength: number;
  shared: number;
  otherArticles: number;
  /**
   * Other articles are counted up to this many, then the warning says "or more": a boilerplate sentence in every
   * article of a generated corpus would otherwise cost every sentence's comparison with every other.
   */
  countUpTo: number;
  /**
   * How many holder entries are read for one sentence. Real articles need a few hundred at most; generated text
   * with the same sentence shapes in every article would need one per article, and so cost grow with the square
   * of the corpus. A sentence cut short is compared with the holders read, and the cut is reported.
   */
  readUpTo: number;
}

export const nearCopyRules: NearCopyRules = {
  minHan: 30,
  runLength: 8,
  shared: 0.6,
  otherArticles: 2,
  countUpTo: 50,
  readUpTo: 10_000,
};

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
  if (!/[《第号令（(]/.test(sentence)) return sentence;
  let text = sentence;
  // Inner parentheticals first: （《办法》（工业和信息化部令第42号）第五条）.
  for (let before = ""; before !== text; ) {
    before = text;
    text = text.replace(citingParenthetical, "");
  }
  return text.replace(titles, "").replace(articleNumbers, "").replace(shortOrders, "");
}

const isHan = (code: number) =>
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  code === 0x3007 ||
  // The high surrogate of a character in the supplementary ideograph planes (U+20000–U+3FFFF).
  (code >= 0xd840 && code <= 0xd8bf);

/** The words of the sentence being read, as UTF-16 code units (one buffer, grown as needed, for every sentence). */
let wordBuffer = new Uint16Array(512);

/**
 * A sentence's words for comparing (Chinese characters, and Latin letters and digits, lowercased; punctuation and
 * spaces left out) and how many Chinese characters it has. One pass over the text, no Unicode-class regexes: this
 * runs on every sentence of every article.
 */
export function wordsOf(text: string): { words: string; han: number } {
  if (wordBuffer.length < text.length) wordBuffer = new Uint16Array(text.length * 2);
  let length = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (isHan(code)) {
      han++;
      wordBuffer[length++] = code;
      if (code >= 0xd800 && i + 1 < text.length) wordBuffer[length++] = text.charCodeAt(++i);
      continue;
    }
    // Full-width letters and digits as their ASCII forms.
    if (code >= 0xff10 && code <= 0xff5a) code -= 0xfee0;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) wordBuffer[length++] = code;
  }
  return { words: String.fromCharCode(...wordBuffer.subarray(0, length)), han };
}

/**
 * The distinct runs of `runLength` characters of a sentence's words, as ids, sorted. A run's id comes from a
 * hash table of every run met so far (`ids`), so equal runs get equal ids and different runs never share one.
 */
export function runIds(words: string, runLength: number, ids: Map<string, number>): Int32Array {
  const count = words.length - runLength + 1;
  if (count <= 0) return new Int32Array(0);
  const runs = new Int32Array(count);
  for (let start = 0; start < count; start++) {
    const run = words.slice(start, start + runLength);
    let id = ids.get(run);
    if (id === undefined) {
      id = ids.size;
      ids.set(run, id);
    }
    runs[start] = id;
  }
  runs.sort();
  let distinct = 0;
  for (let i = 0; i < runs.length; i++) {
    if (i === 0 || runs[i] !== runs[i - 1]) runs[distinct++] = runs[i] as number;
  }
  return runs.slice(0, distinct);
}

/**
 * Whether two sorted run lists share at least `need` runs: a merge of two short arrays, read in order (cheaper than
 * looking each run up in a table the size of the corpus), that stops as soon as the answer is known.
 */
function sharesAtLeast(x: Int32Array, y: Int32Array, need: number): boolean {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (shared + Math.min(x.length - i, y.length - j) < need) return false;
    const a = x[i] as number;
    const b = y[j] as number;
    if (a === b) {
      if (++shared >= need) return true;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return shared >= need;
}

/** Up to `count` of the candidates, those with the most hits first (a bucket per hit count: no sort). */
function mostHits(candidates: Int32Array, hits: Int32Array, count: number): number[] {
  const buckets: number[][] = [];
  for (const candidate of candidates) {
    const count = hits[candidate] as number;
    const bucket = buckets[count] ?? [];
    bucket.push(candidate);
    buckets[count] = bucket;
  }
  const chosen: number[] = [];
  for (let h = buckets.length - 1; h >= 0 && chosen.length < count; h--) {
    for (const candidate of buckets[h] ?? []) {
      if (chosen.length >= count) break;
      chosen.push(candidate);
    }
  }
  return chosen;
}

/** A distinct sentence (its words after citations are removed) and where it occurs. */
interface Form {
  runs: Int32Array;
  occurrences: { source: number; line: number; text: string }[];
}

const namesShown = 10;

/** The start of a sentence, quoted: 40 characters (a surrogate pair is not split), then an ellipsis. */
function excerpt(sentence: string): string {
  if (sentence.length <= 40) return JSON.stringify(sentence);
  const end = /[\ud800-\udbff]/.test(sentence.charAt(39)) ? 41 : 40;
  return JSON.stringify(`${sentence.slice(0, end)}…`);
}

/** Every near-copy sentence of every article, as warnings with file:line naming the other articles. */
export function findNearCopies(sources: readonly ProseSource[], rules = nearCopyRules): AuthorError[] {
  const slugOf = (source: number) => sources[source]?.slug ?? "";
  const forms: Form[] = [];
  const formOf = new Map<string, number>();
  const runIdOf = new Map<string, number>();
  sources.forEach((source, index) => {
    for (const paragraph of source.paragraphs) {
      for (const sentence of splitSentences(paragraph)) {
        const { words, han } = wordsOf(withoutCitations(sentence.own));
        if (han < rules.minHan) continue;
        let id = formOf.get(words);
        if (id === undefined) {
          id = forms.push({ runs: runIds(words, rules.runLength, runIdOf), occurrences: [] }) - 1;
          formOf.set(words, id);
        }
        forms[id]?.occurrences.push({ source: index, line: sentence.line, text: sentence.text });
      }
    }
  });

  // Which distinct sentences hold each run.
  const holders: number[][] = Array.from({ length: runIdOf.size }, () => []);
  forms.forEach((form, id) => {
    for (const run of form.runs) holders[run]?.push(id);
  });

  // Articles are named in slug order; marks say which forms and articles the current form has already met.
  const byName = sources
    .map((_, i) => i)
    .sort((a, b) => (slugOf(a) < slugOf(b) ? -1 : slugOf(a) > slugOf(b) ? 1 : 0));
  const rank = new Int32Array(sources.length);
  byName.forEach((source, position) => {
    rank[source] = position;
  });
  const formMet = new Int32Array(forms.length).fill(-1);
  // How many of the runs read so far each candidate holds; the candidates of the sentence being compared (at most
  // one per holder entry read).
  const hits = new Int32Array(forms.length);
  const candidateBuffer = new Int32Array(rules.readUpTo);
  const articleMet = new Int32Array(sources.length).fill(-1);
  const warnings: AuthorError[] = [];
  let cutShort = 0;
  let firstCut: Form["occurrences"][number] | undefined;
  forms.forEach((form, id) => {
    const articles: number[] = [];
    const meet = (source: number) => {
      if (articleMet[source] === id) return;
      articleMet[source] = id;
      articles.push(source);
    };
    for (const occurrence of form.occurrences) meet(occurrence.source);
    formMet[id] = id;
    const n = form.runs.length;
    const need = Math.ceil(n * rules.shared);
    // Prefix filtering: a sentence sharing `need` of these runs holds at least one of any n - need + 1 of them,
    // so only the holders of the rarest n - need + 1 runs are candidates.
    const lists = Array.from(form.runs, (run) => holders[run] ?? []).sort((x, y) => x.length - y.length);
    const prefix = n - need + 1;
    // Reading is bounded (rules.readUpTo holder entries per sentence), so a corpus of generated text, where every
    // run of a sentence is shared by thousands, costs the same per sentence as any other; a sentence whose rarest
    // runs alone hold more is compared with the holders read, and counted as cut short.
    let read = 0;
    let cost = 0;
    while (read < prefix && cost + (lists[read] as number[]).length <= rules.readUpTo)
      cost += (lists[read++] as number[]).length;
    const complete = read === prefix;
    if (!complete) {
      cutShort += form.occurrences.length;
      firstCut ??= form.occurrences[0];
    }
    // Count filtering: the holders of the next rarest runs are counted too, within the same limit, and a candidate
    // holding too few of the runs read cannot reach `need` with the runs left unread. In templated text most
    // candidates share a slot or two of a sentence, not 60% of it, and stop here, before the exact comparison.
    while (complete && read < n && cost + (lists[read] as number[]).length <= rules.readUpTo)
      cost += (lists[read++] as number[]).length;
    let candidates = 0;
    for (let i = 0; i < read; i++) {
      for (const other of lists[i] as number[]) {
        if (formMet[other] !== id) {
          if (i >= prefix) continue;
          formMet[other] = id;
          hits[other] = 0;
          candidateBuffer[candidates++] = other;
        }
        hits[other] = (hits[other] as number) + 1;
      }
    }
    const unread = n - read;
    // A sentence cut short cannot rule a candidate out by counting: the most promising (holding the most runs
    // read) are compared, one for every 50 holder entries the limit allows.
    const found = candidateBuffer.subarray(0, candidates);
    const compared = complete ? found : mostHits(found, hits, rules.readUpTo / 50);
    const enough = rules.countUpTo + 1;
    scan: for (const other of compared) {
      if (articles.length >= enough) break;
      if ((hits[other] as number) + unread < need) continue;
      if (unread > 0 && !sharesAtLeast(form.runs, (forms[other] as Form).runs, need)) continue;
      for (const occurrence of (forms[other] as Form).occurrences) {
        meet(occurrence.source);
        if (articles.length >= enough) break scan;
      }
    }
    const others = articles.length - 1;
    if (others < rules.otherArticles) return;
    const counted = others >= rules.countUpTo ? `${rules.countUpTo} or more` : `${others}`;
    // The first names in slug order, once per form (a passage can be in thousands of articles).
    const named = articles.sort((a, b) => (rank[a] as number) - (rank[b] as number)).slice(0, namesShown + 1);
    for (const occurrence of form.occurrences) {
      const shown = named
        .filter((source) => source !== occurrence.source)
        .slice(0, namesShown)
        .map(slugOf);
      const rest =
        others >= rules.countUpTo
          ? " and more"
          : others > shown.length
            ? ` and ${others - shown.length} more`
            : "";
      warnings.push({
        code: "near-copy",
        file: sources[occurrence.source]?.file ?? "",
        line: occurrence.line,
        field: "body sentence",
        found: `${excerpt(occurrence.text)}, nearly word for word in ${counted} other articles (${shown.join(", ")}${rest})`,
        expected: "the passage in one article, and a one-line link to it in the others",
      });
    }
  });
  if (firstCut) {
    warnings.push({
      code: "near-copy-limit",
      file: sources[firstCut.source]?.file ?? "",
      line: firstCut.line,
      field: "body sentence",
      found: `${cutShort} sentences, this one first, whose rarest ${rules.runLength}-character runs are shared by more sentences than the check reads for one (${rules.readUpTo}); each was compared with those read, so some of their near-copies may be unreported`,
      expected: "sentences written for their article",
    });
  }
  return warnings;
}
