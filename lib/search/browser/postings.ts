/**
 * What a query reads from postings, in the browser: pages decoded once into typed arrays (kept across queries, within
 * a bound), and per-document sums for one query in typed arrays reused from query to query.
 */
import { decodePage, type EncodedPage } from "../shared/format";
import { postingScore, type WeightedToken } from "../shared/ranking";

/** One token of a query while it is read: how many pages it has, how many are read, the last mask read. */
export interface TokenState {
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

export function decodeToArrays(page: EncodedPage, docCount: number): DecodedPage {
  const docs: number[] = [];
  const masks: number[] = [];
  decodePage(page, docCount, (doc, mask) => {
    docs.push(doc);
    masks.push(mask);
  });
  return { docs: Int32Array.from(docs), masks: Uint8Array.from(masks) };
}

/**
 * Per-document sums for one query, in typed arrays: the commonest words name every document. Allocated once per
 * engine and cleared document by document (only those a query touched), not per query.
 */
export class Accumulator {
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
    // The commonest words touch most documents: then zeroing whole arrays is cheaper than document by document.
    if (this.touched.length > this.docCount / 8) {
      for (const sums of [this.own, this.synonyms, this.ownCovered, this.synonymCovered]) sums.fill(0);
      this.seenBits.fill(0);
      this.scored.fill(0);
      this.touched.length = 0;
      return;
    }
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
