import { type FieldTexts, fieldMask, normalizeFields } from "../shared/fields";
import {
  decodePage,
  type EncodedPage,
  fileAt,
  IndexFormatError,
  MANIFEST_FILE,
  type Manifest,
  type PageFile,
  parseManifest,
  type ShardFile,
  type StoredDoc,
  type StoredSection,
} from "../shared/format";
import {
  CANDIDATES,
  coverage,
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
  /** Postings kept decoded across queries (see `DecodedPages`); default `DEFAULT_DECODED_POSTINGS`. */
  decodedPostings?: number;
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

/** A postings page decoded once: documents and their field masks, in page order. */
export interface DecodedPage {
  docs: Int32Array;
  masks: Uint8Array;
}

/**
 * Postings kept decoded across queries, by default: 2^20 postings are 5 MiB (a 4-byte document and a 1-byte
 * mask each), some 500 full pages of 2,048, more than the first pages of every token a reader types in a session.
 */
export const DEFAULT_DECODED_POSTINGS = 1 << 20;

/**
 * Decoded postings pages by file and token, least recently used first out, at most `limit` postings in all (a
 * page larger than the limit is decoded for its query and not kept). The raw files stay in the engine's file
 * cache; this spares warm queries decoding the same page again.
 */
export class DecodedPages {
  private readonly pages = new Map<string, DecodedPage>();
  private held = 0;

  constructor(readonly limit: number) {}

  /** Postings held now: never more than `limit`. */
  get postings(): number {
    return this.held;
  }

  get(key: string, decode: () => DecodedPage): DecodedPage {
    const cached = this.pages.get(key);
    if (cached) {
      // Map order is insertion order: re-inserting marks the page as the most recently used.
      this.pages.delete(key);
      this.pages.set(key, cached);
      return cached;
    }
    const page = decode();
    const size = page.docs.length;
    if (size > this.limit) return page;
    for (const [oldest, old] of this.pages) {
      if (this.held + size <= this.limit) break;
      this.pages.delete(oldest);
      this.held -= old.docs.length;
    }
    this.pages.set(key, page);
    this.held += size;
    return page;
  }
}

function decodeToArrays(page: EncodedPage, docCount: number): DecodedPage {
  const docs: number[] = [];
  const masks: number[] = [];
  decodePage(page, docCount, (doc, mask) => {
    docs.push(doc);
    masks.push(mask);
  });
  return { docs: Int32Array.from(docs), masks: Uint8Array.from(masks) };
}

/** The search engine: loads the manifest, then only the shards, pages and documents a query needs. */
export class SearchEngine {
  private manifest?: Promise<Manifest>;
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly pageBudget: number;
  /** Decoded postings pages of loaded files, shared by queries (bounded: see `DecodedPages`). */
  readonly decoded: DecodedPages;
  /** Per-document sums of a finished query, kept for the next one (cleared document by document). */
  private spare?: Accumulator;
  lastQuery: QueryStats = { laterPages: 0, exact: true };

  constructor(
    private readonly load: LoadFile,
    { pageBudget = DEFAULT_PAGE_BUDGET, decodedPostings = DEFAULT_DECODED_POSTINGS }: EngineOptions = {},
  ) {
    this.pageBudget = pageBudget;
    this.decoded = new DecodedPages(decodedPostings);
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
      score: finalScore(score, normalizedDoc(stored), plan, { normalized: true }),
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

  /** A later postings page (or the first, `read` 0, from the shard), decoded once while it stays in the cache. */
  private async page(manifest: Manifest, state: TokenState, shardFile: ShardFile | undefined, page: number) {
    const { token } = state.token;
    const file =
      page === 0
        ? fileAt(manifest.shardFiles, state.shard, "term shard")
        : fileAt(manifest.pageFiles[state.shard], page - 1, "postings page");
    const key = `${file}\n${token}`;
    const encoded = page === 0 ? shardFile?.[token]?.[2] : (await this.json<PageFile>(file))[token];
    if (!encoded) throw new IndexFormatError(`page ${page} of a token is missing`);
    return this.decoded.get(key, () => decodeToArrays(encoded, manifest.docCount));
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
    const states: TokenState[] = plan.tokens.map((token, t) => {
      const entry = shardFiles[t]?.[token.token];
      return {
        token,
        docFrequency: entry?.[0] ?? 0,
        pages: entry?.[1] ?? 0,
        read: 0,
        lastMask: 0,
        shard: shardOf(token.token, manifest.shardCount),
      };
    });
    // Concurrent queries (a reader typing) each need their own sums: take the spare one only when it is free.
    const acc =
      this.spare?.fits(docCount) === true ? this.spare : new Accumulator(docCount, MAX_QUERY_TOKENS);
    this.spare = undefined;
    try {
      acc.start(states.length);
      for (const [t, state] of states.entries()) {
        if (state.pages === 0) continue;
        acc.add(state, t, await this.page(manifest, state, shardFiles[t], 0), docCount);
        state.read = 1;
      }
      return await this.settle(manifest, plan, states, acc, count);
    } finally {
      acc.clear();
      this.spare = acc;
    }
  }

  private async settle(
    manifest: Manifest,
    plan: QueryPlan,
    states: TokenState[],
    acc: Accumulator,
    count: number,
  ) {
    const { docCount } = manifest;
    const scored = new Map<number, { doc: number; score: number; stored: StoredDoc }>();
    const pool = count + RESCORE_MARGIN;
    const bound = new Bound(states, plan, docCount, acc);
    let top: { doc: number; score: number; stored: StoredDoc }[] = [];
    let threshold = 0;
    /**
     * Documents named by a posting, not yet scored, that could still enter the top. Each bound only falls as pages
     * are read and the threshold only rises, so a document dropped from this list never comes back.
     */
    const live: number[] = [];
    let named = 0;

    for (;;) {
      bound.update();
      while (named < acc.touched.length) live.push(acc.touched[named++] as number);
      // Score exactly the best documents by what is known of them, first the top and its margin, then a few
      // more of those that could still enter the top. Strictly above: a tie does not displace the last of the top.
      const first = scored.size === 0;
      const picks = new TopK(first ? pool : RESCORE_MARGIN);
      let kept = 0;
      for (const doc of live) {
        if (acc.scored[doc] === 1 || (!first && !bound.mayExceed(doc, threshold))) continue;
        live[kept++] = doc;
        picks.offer(doc, bound.known(doc));
      }
      live.length = kept;
      await Promise.all(
        picks.docs().map(async (doc) => {
          const stored = await this.doc(manifest, doc);
          acc.scored[doc] = 1;
          scored.set(doc, { doc, stored, score: exactScore(stored, doc, states, plan, docCount, acc) });
        }),
      );
      top = best(
        [...scored.values()].filter((entry) => entry.score >= 0),
        count,
      );
      threshold = top.length === count ? (top.at(-1)?.score ?? 0) : 0;
      const outsiderMayEnter =
        bound.upperUnnamed() > threshold ||
        live.some((doc) => acc.scored[doc] === 0 && bound.mayExceed(doc, threshold));
      if (!outsiderMayEnter) return top;
      if (scored.size >= maxScored(count, this.pageBudget)) {
        this.lastQuery.exact = false;
        return top;
      }
      // Every posting read: the unscored documents' known scores are exact; score the next few of them.
      const next = bound.nextToken();
      if (next === undefined) continue;
      if (this.lastQuery.laterPages >= this.pageBudget) {
        this.lastQuery.exact = false;
        return top;
      }
      const state = states[next] as TokenState;
      const page = await this.page(manifest, state, undefined, state.read);
      this.lastQuery.laterPages++;
      state.read++;
      acc.add(state, next, page, docCount);
    }
  }
}

/**
 * Upper bounds on what a document may still score, given the postings read so far: every unread posting of a token
 * weighs at most its last one read (impact order). Worked out once per page read, then asked per document.
 */
class Bound {
  /** Per open token (one with pages left): its index, the most an unread posting adds, and what it covers. */
  private readonly open: Int32Array;
  private readonly ownRest: Float64Array;
  private readonly synonymRest: Float64Array;
  private readonly ownCovers: Float64Array;
  private readonly synonymCovers: Float64Array;
  private openCount = 0;
  /** Per token: whether it has pages left. */
  private readonly isOpen: Uint8Array;
  /** The same summed over every open token: what a document that no open token has named yet may gain. */
  private allOwn = 0;
  private allSynonyms = 0;
  private allOwnCovers = 0;
  private allSynonymCovers = 0;
  /** The synonym tokens of the query: index, group and what each covers; per group, a sum for one document. */
  private readonly synonymTokens: Int32Array;
  private readonly synonymGroups: Int32Array;
  private readonly synonymTokenCovers: Float64Array;
  private readonly groupCovered: Float64Array;
  private readonly allCaps: number;
  /** With one synonym group (the usual case), its cap: no per-group sums needed. */
  private readonly onlyCap: number | undefined;

  constructor(
    private readonly states: TokenState[],
    private readonly plan: QueryPlan,
    private readonly docCount: number,
    private readonly acc: Accumulator,
  ) {
    this.open = new Int32Array(states.length);
    this.ownRest = new Float64Array(states.length);
    this.synonymRest = new Float64Array(states.length);
    this.ownCovers = new Float64Array(states.length);
    this.synonymCovers = new Float64Array(states.length);
    this.isOpen = new Uint8Array(states.length);
    const synonymTokens = states.flatMap((s, t) => (s.token.group === undefined ? [] : [t]));
    this.synonymTokens = Int32Array.from(synonymTokens);
    this.synonymGroups = Int32Array.from(synonymTokens, (t) => states[t]?.token.group ?? 0);
    this.synonymTokenCovers = Float64Array.from(synonymTokens, (t) => states[t]?.token.covers ?? 0);
    this.groupCovered = new Float64Array(plan.synonymCaps.length);
    this.allCaps = plan.synonymCaps.reduce((sum, cap) => sum + cap, 0);
    this.onlyCap = plan.synonymCaps.length <= 1 ? (plan.synonymCaps[0] ?? 0) : undefined;
  }

  update() {
    this.openCount = 0;
    this.allOwn = 0;
    this.allSynonyms = 0;
    this.allOwnCovers = 0;
    this.allSynonymCovers = 0;
    this.states.forEach((s, t) => {
      this.isOpen[t] = 0;
      if (s.read >= s.pages) return;
      const rest = postingScore(s.token, s.docFrequency, this.docCount, s.lastMask);
      if (rest <= 0) return;
      this.isOpen[t] = 1;
      const i = this.openCount++;
      this.open[i] = t;
      this.ownRest[i] = s.token.primary ? rest : 0;
      this.synonymRest[i] = s.token.primary ? 0 : rest;
      this.ownCovers[i] = s.token.primary ? s.token.covers : 0;
      this.synonymCovers[i] = s.token.primary ? 0 : s.token.covers;
      this.allOwn += this.ownRest[i] as number;
      this.allSynonyms += this.synonymRest[i] as number;
      if (s.token.primary) this.allOwnCovers += s.token.covers;
      else this.allSynonymCovers += s.token.covers;
    });
  }

  /** The token to read a page of next: the one whose unread postings may weigh most. */
  nextToken(): number | undefined {
    let best = -1;
    let most = 0;
    for (let i = 0; i < this.openCount; i++) {
      const rest = (this.ownRest[i] as number) + (this.synonymRest[i] as number);
      if (best < 0 || rest > most) {
        best = i;
        most = rest;
      }
    }
    return best < 0 ? undefined : this.open[best];
  }

  /**
   * What a document covers through synonyms, each group capped: the synonym tokens that named it (`named`, their
   * sum before the caps), and, when `unread` is set, also the open ones that have not (`unnamed`, their sum).
   */
  private synonymCoverage(doc: number, named: number, unread: boolean, unnamed: number): number {
    if (this.onlyCap !== undefined) return Math.min(this.onlyCap, named + unnamed);
    const { acc, groupCovered, synonymTokens, synonymGroups, synonymTokenCovers } = this;
    groupCovered.fill(0);
    for (let i = 0; i < synonymTokens.length; i++) {
      const t = synonymTokens[i] as number;
      const seen = doc >= 0 && acc.seen(doc, t);
      if (!seen && !(unread && this.isOpen[t] === 1)) continue;
      const g = synonymGroups[i] as number;
      groupCovered[g] = (groupCovered[g] as number) + (synonymTokenCovers[i] as number);
    }
    return coverage(0, groupCovered, this.plan.synonymCaps);
  }

  /** A document's score from the postings read so far (exact once every page of every token is read). */
  known(doc: number): number {
    const { acc } = this;
    const ownCovered = acc.ownCovered[doc] as number;
    return retrievalScore(
      acc.own[doc] as number,
      acc.synonyms[doc] as number,
      ownCovered,
      ownCovered + this.synonymCoverage(doc, acc.synonymCovered[doc] as number, false, 0),
      this.plan.primaryTotal,
    );
  }

  /** The most a document named by no posting yet may score (-1 when none may be a result). */
  upperUnnamed(): number {
    if (this.openCount === 0) return -1;
    const { primaryTotal } = this.plan;
    const covered = this.allOwnCovers + this.synonymCoverage(-1, 0, true, this.allSynonymCovers);
    return isResult(covered, primaryTotal)
      ? retrievalBound(this.allOwn, this.allSynonyms, 0, covered, primaryTotal)
      : -1;
  }

  /**
   * Whether a document may still score above `threshold`. First a looser bound that adds every open token (one
   * step, no loop): it settles most documents, which the open tokens have not named.
   */
  mayExceed(doc: number, threshold: number): boolean {
    const { acc } = this;
    const { primaryTotal } = this.plan;
    const ownCovered = acc.ownCovered[doc] as number;
    const covered =
      ownCovered +
      this.allOwnCovers +
      Math.min(this.allCaps, (acc.synonymCovered[doc] as number) + this.allSynonymCovers);
    if (!isResult(covered, primaryTotal)) return false;
    const loose = retrievalBound(
      (acc.own[doc] as number) + this.allOwn,
      (acc.synonyms[doc] as number) + this.allSynonyms,
      ownCovered,
      covered,
      primaryTotal,
    );
    return loose > threshold && this.upper(doc) > threshold;
  }

  /** The most a document may score: what its postings read gave, plus the most each open token not yet seen adds. */
  upper(doc: number): number {
    const { acc } = this;
    let own = acc.own[doc] as number;
    let synonyms = acc.synonyms[doc] as number;
    const ownCovered = acc.ownCovered[doc] as number;
    let covered = ownCovered;
    let unnamed = 0;
    for (let i = 0; i < this.openCount; i++) {
      if (acc.seen(doc, this.open[i] as number)) continue;
      own += this.ownRest[i] as number;
      synonyms += this.synonymRest[i] as number;
      covered += this.ownCovers[i] as number;
      unnamed += this.synonymCovers[i] as number;
    }
    covered += this.synonymCoverage(doc, acc.synonymCovered[doc] as number, true, unnamed);
    const { primaryTotal } = this.plan;
    return isResult(covered, primaryTotal)
      ? retrievalBound(own, synonyms, ownCovered, covered, primaryTotal)
      : -1;
  }
}

/** The `k` best documents offered, best first (ties: lower document first), kept without sorting them all. */
class TopK {
  private readonly entries: { doc: number; score: number }[] = [];
  constructor(private readonly k: number) {}

  offer(doc: number, score: number) {
    const { entries, k } = this;
    const last = entries[k - 1];
    if (last && !(score > last.score || (score === last.score && doc < last.doc))) return;
    let i = entries.length;
    entries.push({ doc, score });
    while (i > 0) {
      const prev = entries[i - 1] as { doc: number; score: number };
      if (!(score > prev.score || (score === prev.score && doc < prev.doc))) break;
      entries[i] = prev;
      i--;
    }
    entries[i] = { doc, score };
    if (entries.length > k) entries.pop();
  }

  docs(): number[] {
    return this.entries.map((entry) => entry.doc);
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
/** Tokens of one query at most: the reader's own and the synonyms'. */
const MAX_QUERY_TOKENS = MAX_TOKENS + MAX_SYNONYM_TOKENS;

/**
 * The most files one query can fetch: the manifest, one term shard per token, the later pages of its budget and
 * one document file per document it scores. A pasted page costs no more than this.
 */
export function maxFilesPerQuery(limit: number, pageBudget = DEFAULT_PAGE_BUDGET): number {
  return 1 + MAX_QUERY_TOKENS + pageBudget + maxScored(Math.max(CANDIDATES, limit), pageBudget);
}

const normalizedFields = new WeakMap<StoredDoc, FieldTexts>();

function normalizedDoc(stored: StoredDoc) {
  const [title, heads, description] = fieldsOf(stored);
  return { title, heads, description };
}

/** A stored document's fields, normalized once (the stored document lives as long as its file in the cache). */
function fieldsOf(stored: StoredDoc): FieldTexts {
  let fields = normalizedFields.get(stored);
  if (!fields) {
    fields = normalizeFields([stored.t, stored.h, stored.d, stored.b]);
    normalizedFields.set(stored, fields);
  }
  return fields;
}

/**
 * A document's retrieval score from its stored text: the same sum the postings give, with none left unread. Where
 * a posting named the document, its mask is known; where every page of a token is read and none named it, the
 * document lacks the token; only the rest is looked up in the text.
 */
function exactScore(
  stored: StoredDoc,
  doc: number,
  states: TokenState[],
  plan: QueryPlan,
  docCount: number,
  acc: Accumulator,
): number {
  let own = 0;
  let synonyms = 0;
  let ownCovered = 0;
  const groupCovered = new Float64Array(plan.synonymCaps.length);
  for (const [t, state] of states.entries()) {
    const mask = acc.seen(doc, t)
      ? acc.maskOf(doc, t)
      : state.read >= state.pages
        ? 0
        : fieldMask(fieldsOf(stored), state.token.token);
    if (mask === 0) continue;
    const score = postingScore(state.token, state.docFrequency, docCount, mask);
    const { group, covers } = state.token;
    if (group === undefined) {
      own += score;
      ownCovered += covers;
    } else {
      synonyms += score;
      groupCovered[group] = (groupCovered[group] as number) + covers;
    }
  }
  const covered = coverage(ownCovered, groupCovered, plan.synonymCaps);
  return isResult(covered, plan.primaryTotal)
    ? retrievalScore(own, synonyms, ownCovered, covered, plan.primaryTotal)
    : -1;
}

/**
 * Per-document sums for one query, in typed arrays: the commonest words name every document. Allocated once per
 * engine and cleared document by document (only those a query touched), not per query.
 */
class Accumulator {
  /** Per document: the score of the reader's own words and of synonyms. */
  readonly own: Float64Array;
  readonly synonyms: Float64Array;
  /** The query weight the reader's own words cover; what synonyms cover, before each group's cap. */
  readonly ownCovered: Float64Array;
  readonly synonymCovered: Float64Array;
  /** Which tokens (by index, at most 64) have named each document: two 32-bit words per document. */
  private readonly seenBits: Uint32Array;
  /** 1 for each document the query has scored from its stored text. */
  readonly scored: Uint8Array;
  /** The field mask of each posting read, by token then document; only read where `seen` (so never cleared). */
  private readonly masks: Uint8Array;
  readonly touched: number[] = [];

  constructor(
    private readonly docCount: number,
    private readonly maxTokens: number,
  ) {
    if (maxTokens > 64) throw new Error("a query has at most 64 tokens");
    this.own = new Float64Array(docCount);
    this.synonyms = new Float64Array(docCount);
    this.ownCovered = new Float64Array(docCount);
    this.synonymCovered = new Float64Array(docCount);
    this.seenBits = new Uint32Array(docCount * 2);
    this.masks = new Uint8Array(docCount * maxTokens);
    this.scored = new Uint8Array(docCount);
  }

  fits(docCount: number): boolean {
    return docCount === this.docCount;
  }

  start(tokenCount: number) {
    if (tokenCount > this.maxTokens) throw new Error(`a query has at most ${this.maxTokens} tokens`);
  }

  /** Zero what the last query wrote, document by document. */
  clear() {
    for (const doc of this.touched) {
      this.own[doc] = 0;
      this.synonyms[doc] = 0;
      this.ownCovered[doc] = 0;
      this.synonymCovered[doc] = 0;
      this.seenBits[doc * 2] = 0;
      this.seenBits[doc * 2 + 1] = 0;
      this.scored[doc] = 0;
    }
    this.touched.length = 0;
  }

  seen(doc: number, t: number): boolean {
    return (((this.seenBits[doc * 2 + (t >> 5)] as number) >>> (t & 31)) & 1) === 1;
  }

  maskOf(doc: number, t: number): number {
    return this.masks[t * this.docCount + doc] ?? 0;
  }

  add(state: TokenState, t: number, page: DecodedPage, docCount: number) {
    const { docs, masks } = page;
    // Locals, not fields, in the loop: it runs once per posting, tens of thousands of times a query.
    const { seenBits, touched, own, synonyms, ownCovered, synonymCovered } = this;
    const known = this.masks;
    const half = t >> 5;
    const bit = 1 << (t & 31);
    const row = t * this.docCount;
    const { covers, primary } = state.token;
    let scoredMask = -1;
    let score = 0;
    let lastMask = state.lastMask;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      const mask = masks[i] as number;
      const word = doc * 2 + half;
      const bits = seenBits[word] as number;
      if (bits & bit) continue;
      if (seenBits[doc * 2] === 0 && seenBits[doc * 2 + 1] === 0) touched.push(doc);
      seenBits[word] = bits | bit;
      known[row + doc] = mask;
      // Postings come in runs of one mask: score a run once.
      if (mask !== scoredMask) {
        score = postingScore(state.token, state.docFrequency, docCount, mask);
        scoredMask = mask;
      }
      if (primary) {
        own[doc] = (own[doc] as number) + score;
        ownCovered[doc] = (ownCovered[doc] as number) + covers;
      } else {
        synonyms[doc] = (synonyms[doc] as number) + score;
        synonymCovered[doc] = (synonymCovered[doc] as number) + covers;
      }
      lastMask = mask;
    }
    state.lastMask = lastMask;
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
    const body = makeSnippet(passage(doc.b, fieldsOf(doc)[3], terms), terms, 90);
    if (hasHit(body)) return body;
  }
  return makeSnippet(doc.d, [], 120);
}

/** The part of a long body around the first of the terms: snippets need a passage, not 20,000 characters. */
function passage(body: string, folded: string, terms: string[]): string {
  const firsts = terms.map((term) => folded.indexOf(term)).filter((at) => at >= 0);
  const first = firsts.length > 0 ? Math.min(...firsts) : 0;
  return body.slice(Math.max(0, first - 200), first + 1200);
}

const normalizedSections = new WeakMap<StoredDoc, { at: number; title: string; text: string }[]>();

function subHits(doc: StoredDoc, plan: QueryPlan): SearchSubHit[] {
  let sections = normalizedSections.get(doc);
  if (!sections) {
    sections = doc.s.map(([, title, text], at) => ({ at, title: normalize(title), text: normalize(text) }));
    normalizedSections.set(doc, sections);
  }
  return rankSections(sections, plan, { normalized: true }).map(({ at }) => {
    const [anchor, title, text] = doc.s[at] as StoredSection;
    return { url: `${doc.u}#${anchor}`, title, snippet: makeSnippet(text, plan.queryTerms, 60) };
  });
}
