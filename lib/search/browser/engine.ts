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
  planQuery,
  postingScore,
  type QueryPlan,
  rankSections,
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

interface DocState {
  sum: number;
  covered: number;
  /** Indexes (into the query's tokens) of the tokens whose postings name this document. */
  seen: Set<number>;
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

    const hits = await Promise.all(
      candidates.map(async ({ doc, score }) => {
        const stored = await this.doc(manifest, doc);
        return { stored, score: finalScore(score, { title: stored.t, description: stored.d }, plan) };
      }),
    );
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
   * The documents with the best retrieval scores, best first. Reads the first page of each token, then, while
   * a document outside the top `count` could still overtake one inside it, or a top document's score is not yet
   * known in full, the next page of the tokens that could change that (an upper bound on the unread postings
   * comes from the impact order: each unread posting weighs at most as much as the last one read).
   */
  private async candidates(manifest: Manifest, plan: QueryPlan, count: number) {
    const { docCount } = manifest;
    const shardFiles = await Promise.all(
      plan.tokens.map(({ token }) => {
        const shard = shardOf(token, manifest.shardCount);
        return this.json<ShardFile>(fileAt(manifest.shardFiles, shard, "term shard"));
      }),
    );
    const docs = new Map<number, DocState>();
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
      if (entry) this.addPage(docs, state, t, entry[2], docCount);
      return state;
    });

    const remaining = (state: TokenState) =>
      state.read >= state.pages ? 0 : postingScore(state.token, state.docFrequency, docCount, state.lastMask);
    const lower = (d: DocState) =>
      isResult(d.covered, plan.primaryTotal) ? retrievalScore(d.sum, d.covered, plan.primaryTotal) : -1;
    const upper = (d: DocState | undefined) => {
      let sum = d?.sum ?? 0;
      let covered = d?.covered ?? 0;
      states.forEach((state, t) => {
        const rest = remaining(state);
        if (rest > 0 && !d?.seen.has(t)) {
          sum += rest;
          if (state.token.primary) covered += state.token.weight;
        }
      });
      return isResult(covered, plan.primaryTotal) ? retrievalScore(sum, covered, plan.primaryTotal) : -1;
    };

    for (;;) {
      const ranked = [...docs]
        .map(([doc, state]) => ({ doc, state, score: lower(state) }))
        .sort((a, b) => b.score - a.score || a.doc - b.doc);
      const top = ranked.slice(0, count).filter((entry) => entry.score >= 0);
      const threshold = top.length === count ? (top.at(-1)?.score ?? 0) : 0;
      // Tokens whose unread pages could still change a top document's score.
      const unsettled = new Set<number>();
      for (const { state } of top)
        states.forEach((s, t) => {
          if (remaining(s) > 0 && !state.seen.has(t)) unsettled.add(t);
        });
      if (states.every((s) => remaining(s) === 0)) return top;
      const outsiderMayEnter =
        upper(undefined) >= threshold ||
        ranked.slice(top.length).some(({ state }) => upper(state) >= threshold);
      if (unsettled.size === 0 && !outsiderMayEnter) return top;
      if (this.lastQuery.laterPages >= this.pageBudget) {
        this.lastQuery.exact = false;
        return top;
      }
      // Next pages: of every token a top document may still contain, else of the token with the most to add.
      const next =
        unsettled.size > 0
          ? [...unsettled]
          : [
              states.reduce(
                (best, s, t) => (remaining(s) > remaining(states[best] as TokenState) ? t : best),
                0,
              ),
            ];
      const batch = next.slice(0, this.pageBudget - this.lastQuery.laterPages);
      this.lastQuery.laterPages += batch.length;
      const pages = await Promise.all(
        batch.map((t) => {
          const state = states[t] as TokenState;
          const file = fileAt(manifest.pageFiles[state.shard], state.read - 1, "postings page");
          return this.json<PageFile>(file).then((pageFile) => pageFile[state.token.token]);
        }),
      );
      batch.forEach((t, i) => {
        const state = states[t] as TokenState;
        const page = pages[i];
        if (!page) throw new IndexFormatError(`page ${state.read} of a token is missing`);
        state.read++;
        this.addPage(docs, state, t, page, docCount);
      });
    }
  }

  private addPage(
    docs: Map<number, DocState>,
    state: TokenState,
    t: number,
    page: number[],
    docCount: number,
  ) {
    for (const { doc, mask } of decodePage(page, docCount)) {
      let d = docs.get(doc);
      if (!d) {
        d = { sum: 0, covered: 0, seen: new Set() };
        docs.set(doc, d);
      }
      if (d.seen.has(t)) continue;
      d.seen.add(t);
      d.sum += postingScore(state.token, state.docFrequency, docCount, mask);
      if (state.token.primary) d.covered += state.token.weight;
      state.lastMask = mask;
    }
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
    const body = makeSnippet(doc.b, terms, 90);
    if (hasHit(body)) return body;
  }
  return makeSnippet(doc.d, [], 120);
}

function subHits(doc: StoredDoc, plan: QueryPlan): SearchSubHit[] {
  const sections = doc.s.map(([anchor, title, text]) => ({ anchor, title, text }));
  return rankSections(sections, plan).map(({ anchor, title, text }) => ({
    url: `${doc.u}#${anchor}`,
    title,
    snippet: makeSnippet(text, plan.queryTerms, 60),
  }));
}
