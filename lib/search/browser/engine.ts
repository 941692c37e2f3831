import { type FieldTexts, fieldMask, normalizeFields } from "../shared/fields";
import {
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
  retrievalScore,
} from "../shared/ranking";
import { makeSnippet, type SnippetPart } from "../shared/snippet";
import { normalize, shardOf } from "../shared/tokenize";
import { Bound, best, TopK } from "./bounds";
import {
  Accumulator,
  DEFAULT_DECODED_POSTINGS,
  DecodedPages,
  decodeToArrays,
  type TokenState,
} from "./postings";

export { DEFAULT_DECODED_POSTINGS, type DecodedPage, DecodedPages } from "./postings";

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
