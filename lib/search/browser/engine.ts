import { type FieldTexts, fieldMask, normalizeFields } from "../shared/fields";
import {
  decodePage,
  fileAt,
  IndexFormatError,
  MANIFEST_FILE,
  type Manifest,
  type PageFile,
  parseManifest,
  type ShardFile,
  type StoredDoc,
} from "../shared/format";
import {
  CANDIDATES,
  finalScore,
  isResult,
  MAX_SYNONYM_TOKENS,
  MAX_TOKENS,
  planQuery,
  postingScore,
  type QueryPlan,
  rankSections,
  retrievalBound,
  retrievalScore,
  type WeightedToken,
} from "../shared/ranking";
import { makeSnippet, type SnippetPart } from "../shared/snippet";
import { normalize, shardOf } from "../shared/tokenize";

/** Fetch one file of the index by name; the browser uses fetch, tests and benchmarks read files. */
export type LoadFile = (name: string) => Promise<string>;

export interface SearchSubHit {
  /** Address of the section: the article's address with the section's anchor. */
  url: string;
  title: string;
  snippet: SnippetPart[];
}

export interface SearchHit {
  url: string;
  title: string;
  licence: string;
  snippet: SnippetPart[];
  /** The headings, questions or steps of the article that answer the query best (at most three). */
  sections: SearchSubHit[];
  score: number;
}

export interface EngineOptions {
  /**
   * Later postings pages one query may read beyond the first page of each token. Within it, the top candidates
   * are exact (as if every page were read); past it, the search stops with what it has and says so in `lastQuery`.
   */
  pageBudget?: number;
}

/** Later pages a query may read by default: bounded bytes for the commonest words (see README, search). */
export const DEFAULT_PAGE_BUDGET = 12;

/** What the last query cost, for benchmarks and tests. */
export interface QueryStats {
  laterPages: number;
  /** False when the page budget ran out before the candidates were settled. */
  exact: boolean;
}

interface TokenState {
  token: WeightedToken;
  docFrequency: number;
  pages: number;
  /** Pages read so far (0 until the shard arrives). */
  read: number;
  /** The mask of the last posting read: every posting still unread has at most its impact. */
  lastMask: number;
  shard: number;
}

/** The search engine: loads the manifest, then only the shards, pages and documents a query needs. */
export class SearchEngine {
  private manifest?: Promise<Manifest>;
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly pageBudget: number;
  lastQuery: QueryStats = { laterPages: 0, exact: true };

  constructor(
    private readonly load: LoadFile,
    { pageBudget = DEFAULT_PAGE_BUDGET }: EngineOptions = {},
  ) {
    this.pageBudget = pageBudget;
  }

  private getManifest(): Promise<Manifest> {
    this.manifest ??= this.load(MANIFEST_FILE).then(parseManifest);
    // A failed download may succeed next time: do not keep the failure.
    this.manifest.catch(() => {
      this.manifest = undefined;
    });
    return this.manifest;
  }

  /** One JSON file of the index, fetched once and shared by every query that needs it. */
  private json<T>(name: string): Promise<T> {
    let file = this.files.get(name);
    if (!file) {
      file = this.load(name).then((text) => JSON.parse(text) as unknown);
      file.catch(() => this.files.delete(name));
      this.files.set(name, file);
    }
    return file as Promise<T>;
  }

  private async doc(manifest: Manifest, doc: number): Promise<StoredDoc> {
    const chunk = Math.floor(doc / manifest.docsPerChunk);
    const docs = await this.json<StoredDoc[]>(fileAt(manifest.docFiles, chunk, "documents"));
    const stored = docs[doc % manifest.docsPerChunk];
    if (!stored) throw new IndexFormatError(`document ${doc} is missing from its chunk`);
    return stored;
  }

  async search(query: string, limit = 10): Promise<SearchHit[]> {
    this.lastQuery = { laterPages: 0, exact: true };
    if (normalize(query).trim() === "") return [];
    const manifest = await this.getManifest();
    const plan = planQuery(query, manifest.synonyms);
    if (plan.tokens.length === 0) return [];
    const candidates = await this.candidates(manifest, plan, Math.max(CANDIDATES, limit));
    const hits = candidates.map(({ stored, score }) => ({
      stored,
      score: finalScore(score, { title: stored.t, heads: stored.h, description: stored.d }, plan),
    }));
    return hits
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ stored, score }) => ({
        url: stored.u,
        title: stored.t,
        licence: stored.l,
        snippet: snippetFor(stored, plan),
        sections: subHits(stored, plan),
        score,
      }));
  }

  /**
   * The documents with the best retrieval scores, best first, with their stored text. Reads the first page of
   * each token (the postings with the most weight), scores the most promising documents exactly from their stored
   * text, and reads later pages only while a document not yet scored could still beat the last of the top `count`
   * (an upper bound on unread postings comes from the impact order: none weighs more than the last one read).
   */
  private async candidates(manifest: Manifest, plan: QueryPlan, count: number) {
    const { docCount } = manifest;
    const shardFiles = await Promise.all(
      plan.tokens.map(({ token }) => {
        const shard = shardOf(token, manifest.shardCount);
        return this.json<ShardFile>(fileAt(manifest.shardFiles, shard, "term shard"));
      }),
    );
    const acc = new Accumulator(docCount, plan.tokens.length);
    const states: TokenState[] = plan.tokens.map((token, t) => {
      const entry = shardFiles[t]?.[token.token];
      const state: TokenState = {
        token,
        docFrequency: entry?.[0] ?? 0,
        pages: entry?.[1] ?? 0,
        read: entry ? 1 : 0,
        lastMask: 0,
        shard: shardOf(token.token, manifest.shardCount),
      };
      if (entry) acc.add(state, t, entry[2], docCount);
      return state;
    });
    const scored = new Map<number, { doc: number; score: number; stored: StoredDoc }>();
    const pool = count + RESCORE_MARGIN;

    const knownScore = (doc: number) =>
      retrievalScore(
        acc.own[doc] ?? 0,
        acc.synonyms[doc] ?? 0,
        acc.ownCovered[doc] ?? 0,
        acc.covered[doc] ?? 0,
        plan.primaryTotal,
      );
    let top: { doc: number; score: number; stored: StoredDoc }[] = [];
    let threshold = 0;

    for (;;) {
      const rest = states.map((s) =>
        s.read >= s.pages ? 0 : postingScore(s.token, s.docFrequency, docCount, s.lastMask),
      );
      const open = rest.flatMap((r, t) => (r > 0 ? [t] : []));
      const upper = (doc: number | undefined) => {
        let own = doc === undefined ? 0 : (acc.own[doc] ?? 0);
        let synonyms = doc === undefined ? 0 : (acc.synonyms[doc] ?? 0);
        let covered = doc === undefined ? 0 : (acc.covered[doc] ?? 0);
        for (const t of open) {
          if (doc !== undefined && acc.seen(doc, t)) continue;
          const { token } = states[t] as TokenState;
          covered += token.covers;
          if (token.primary) own += rest[t] ?? 0;
          else synonyms += rest[t] ?? 0;
        }
        return isResult(covered, plan.primaryTotal)
          ? retrievalBound(
              own,
              synonyms,
              doc === undefined ? 0 : (acc.ownCovered[doc] ?? 0),
              covered,
              plan.primaryTotal,
            )
          : -1;
      };
      // Score exactly the best documents by what is known of them, first the top and its margin, then a few
      // more of those that could still enter the top. Strictly above: a tie does not displace the last of the top.
      const first = scored.size === 0;
      const contenders: { doc: number; score: number }[] = [];
      for (const doc of acc.touched)
        if (!scored.has(doc) && (first || upper(doc) > threshold))
          contenders.push({ doc, score: knownScore(doc) });
      const fresh = best(contenders, first ? pool : RESCORE_MARGIN);
      await Promise.all(
        fresh.map(async ({ doc }) => {
          const stored = await this.doc(manifest, doc);
          scored.set(doc, { doc, stored, score: exactScore(stored, states, plan, docCount) });
        }),
      );
      top = best(
        [...scored.values()].filter((entry) => entry.score >= 0),
        count,
      );
      threshold = top.length === count ? (top.at(-1)?.score ?? 0) : 0;
      const outsiderMayEnter =
        (open.length > 0 && upper(undefined) > threshold) ||
        acc.touched.some((doc) => !scored.has(doc) && upper(doc) > threshold);
      if (!outsiderMayEnter) return top;
      if (scored.size >= maxScored(count, this.pageBudget)) {
        this.lastQuery.exact = false;
        return top;
      }
      // Every posting read: the unscored documents' known scores are exact; score the next few of them.
      if (open.length === 0) continue;
      if (this.lastQuery.laterPages >= this.pageBudget) {
        this.lastQuery.exact = false;
        return top;
      }
      const next = open.reduce((best, t) => ((rest[t] ?? 0) > (rest[best] ?? 0) ? t : best));
      const state = states[next] as TokenState;
      const file = fileAt(manifest.pageFiles[state.shard], state.read - 1, "postings page");
      const page = (await this.json<PageFile>(file))[state.token.token];
      if (!page) throw new IndexFormatError(`page ${state.read} of a token is missing`);
      this.lastQuery.laterPages++;
      state.read++;
      acc.add(state, next, page, docCount);
    }
  }
}

/** The `k` best entries, best first (ties: lower document first), without sorting them all. */
function best<T extends { doc: number; score: number }>(items: T[], k: number): T[] {
  const before = (a: T, b: T) => a.score > b.score || (a.score === b.score && a.doc < b.doc);
  const out: T[] = [];
  for (const item of items) {
    const last = out[k - 1];
    if (out.length >= k && last && !before(item, last)) continue;
    let i = out.length;
    out.push(item);
    while (i > 0 && before(item, out[i - 1] as T)) {
      out[i] = out[i - 1] as T;
      i--;
    }
    out[i] = item;
    if (out.length > k) out.pop();
  }
  return out;
}

/** Documents scored exactly beyond the top few: a margin for the close calls at the edge of the top. */
const RESCORE_MARGIN = 8;
/** Documents one query may score (each may cost a document file): the top, its margin, a margin per page read. */
const maxScored = (count: number, pageBudget: number) => count + RESCORE_MARGIN * (1 + pageBudget);

/**
 * The most files one query can fetch: the manifest, one term shard per token, the later pages of its budget and
 * one document file per document it scores. A pasted page costs no more than this.
 */
export function maxFilesPerQuery(limit: number, pageBudget = DEFAULT_PAGE_BUDGET): number {
  return (
    1 + MAX_TOKENS + MAX_SYNONYM_TOKENS + pageBudget + maxScored(Math.max(CANDIDATES, limit), pageBudget)
  );
}

const normalizedFields = new WeakMap<StoredDoc, FieldTexts>();

/** A document's retrieval score from its stored text: the same sum the postings give, with none left unread. */
function exactScore(stored: StoredDoc, states: TokenState[], plan: QueryPlan, docCount: number): number {
  let fields = normalizedFields.get(stored);
  if (!fields) {
    fields = normalizeFields([stored.t, stored.h, stored.d, stored.b]);
    normalizedFields.set(stored, fields);
  }
  let own = 0;
  let synonyms = 0;
  let covered = 0;
  let ownCovered = 0;
  for (const state of states) {
    const mask = fieldMask(fields, state.token.token);
    if (mask === 0) continue;
    const score = postingScore(state.token, state.docFrequency, docCount, mask);
    covered += state.token.covers;
    if (state.token.primary) {
      own += score;
      ownCovered += state.token.covers;
    } else synonyms += score;
  }
  return isResult(covered, plan.primaryTotal)
    ? retrievalScore(own, synonyms, ownCovered, covered, plan.primaryTotal)
    : -1;
}

/** Per-document sums for one query, in typed arrays: the commonest words name every document. */
class Accumulator {
  /** Per document: the score of the reader's own words, of synonyms, and the query weight covered. */
  readonly own: Float64Array;
  readonly synonyms: Float64Array;
  readonly covered: Float64Array;
  /** The part of `covered` that the reader's own words cover. */
  readonly ownCovered: Float64Array;
  /** Which tokens (by index, at most 64) have named each document: two 32-bit words per document. */
  private readonly seenBits: Uint32Array;
  readonly touched: number[] = [];

  constructor(docCount: number, tokenCount: number) {
    if (tokenCount > 64) throw new Error("a query has at most 64 tokens");
    this.own = new Float64Array(docCount);
    this.synonyms = new Float64Array(docCount);
    this.covered = new Float64Array(docCount);
    this.ownCovered = new Float64Array(docCount);
    this.seenBits = new Uint32Array(docCount * 2);
  }

  seen(doc: number, t: number): boolean {
    return (((this.seenBits[doc * 2 + (t >> 5)] ?? 0) >>> (t & 31)) & 1) === 1;
  }

  add(state: TokenState, t: number, page: number[], docCount: number) {
    const byMask = new Map<number, number>();
    decodePage(page, docCount, (doc, mask) => {
      const word = doc * 2 + (t >> 5);
      const bit = 1 << (t & 31);
      const bits = this.seenBits[word] ?? 0;
      if (bits & bit) return;
      if (this.seenBits[doc * 2] === 0 && this.seenBits[doc * 2 + 1] === 0) this.touched.push(doc);
      this.seenBits[word] = bits | bit;
      let score = byMask.get(mask);
      if (score === undefined) {
        score = postingScore(state.token, state.docFrequency, docCount, mask);
        byMask.set(mask, score);
      }
      this.covered[doc] = (this.covered[doc] ?? 0) + state.token.covers;
      if (state.token.primary) {
        this.own[doc] = (this.own[doc] ?? 0) + score;
        this.ownCovered[doc] = (this.ownCovered[doc] ?? 0) + state.token.covers;
      } else this.synonyms[doc] = (this.synonyms[doc] ?? 0) + score;
      state.lastMask = mask;
    });
  }
}

const hasHit = (parts: SnippetPart[]) => parts.some((part) => part.hit);

/**
 * The description when it shows the reader's own words, else the best passage of the body that does; only then
 * the same with synonyms (a search for 续期 should show 续期, not only 延续).
 */
function snippetFor(doc: StoredDoc, plan: QueryPlan): SnippetPart[] {
  for (const terms of [plan.queryTerms, plan.withSynonyms]) {
    const description = makeSnippet(doc.d, terms, 120);
    if (hasHit(description)) return description;
    const body = makeSnippet(passage(doc.b, terms), terms, 90);
    if (hasHit(body)) return body;
  }
  return makeSnippet(doc.d, [], 120);
}

/** The part of a long body around the first of the terms: snippets need a passage, not 20,000 characters. */
function passage(body: string, terms: string[]): string {
  const folded = normalize(body);
  const firsts = terms.map((term) => folded.indexOf(term)).filter((at) => at >= 0);
  const first = firsts.length > 0 ? Math.min(...firsts) : 0;
  return body.slice(Math.max(0, first - 200), first + 1200);
}

function subHits(doc: StoredDoc, plan: QueryPlan): SearchSubHit[] {
  const sections = doc.s.map(([anchor, title, text]) => ({ anchor, title, text }));
  return rankSections(sections, plan).map(({ anchor, title, text }) => ({
    url: `${doc.u}#${anchor}`,
    title,
    snippet: makeSnippet(text, plan.queryTerms, 60),
  }));
}
