/**
 * The search engine: FlexSearch finds a query's candidates (browser/terms.ts, reading only the pages it needs), our
 * ranking re-scores them on their stored text, and the results get snippets and sub-results.
 */
import { type FieldTexts, fieldMask, normalizeFields } from "../shared/fields";
import {
  fileAt,
  IndexFormatError,
  MANIFEST_FILE,
  type Manifest,
  type Page,
  parseManifest,
  type ShardFile,
  type StoredDoc,
  type StoredSection,
} from "../shared/format";
import {
  CANDIDATES,
  documentScore,
  finalScore,
  MAX_SYNONYM_TOKENS,
  MAX_TOKENS,
  planQuery,
  type QueryPlan,
  rankSections,
} from "../shared/ranking";
import { makeSnippet, type SnippetPart } from "../shared/snippet";
import { normalize, shardOf } from "../shared/tokenize";
import { type Term, Terms } from "./terms";

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
   * Later pages one query may read beyond the first page of each term. Within it, the candidates are exactly the
   * whole index's; past it, the search stops with what it has and says so in `lastQuery`.
   */
  pageBudget?: number;
}

/** Later pages a query may read by default: bounded bytes for the commonest words (see docs/search.md). */
export const DEFAULT_PAGE_BUDGET = 12;

/** What the last query cost, for benchmarks and tests. */
export interface QueryStats {
  laterPages: number;
  /** False when the page budget ran out before the candidates were certain. */
  exact: boolean;
}

export class SearchEngine {
  private manifest?: Promise<Manifest>;
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly pageBudget: number;
  private readonly terms: Terms;
  lastQuery: QueryStats = { laterPages: 0, exact: true };

  constructor(
    private readonly load: LoadFile,
    { pageBudget = DEFAULT_PAGE_BUDGET }: EngineOptions = {},
  ) {
    this.pageBudget = pageBudget;
    this.terms = new Terms(
      async (term) => {
        const { shardCount, shardFiles } = await this.getManifest();
        return this.json<ShardFile>(fileAt(shardFiles, shardOf(term, shardCount), "term shard"));
      },
      async (file) => JSON.parse(await this.load(file)) as Page,
    );
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

  /**
   * FlexSearch's best documents for the query, up to `wanted`: those for the reader's own words, then, while there
   * are fewer, for their synonyms, then for the words every document holds. Tokens no document holds are never asked
   * for (FlexSearch's intersection would be empty). A term every document holds narrows nothing (FlexSearch would
   * only walk its whole list), so it is asked for last, when the others found too few; the ranking counts it anyway.
   */
  private async candidates(plan: QueryPlan, docCount: number, wanted: number) {
    const own = await this.known(plan.tokens.filter((t) => t.primary));
    const synonyms = () => this.known(plan.tokens.filter((t) => !t.primary));
    const narrows = (term: Term) => term.docFrequency < docCount;
    const groups = [
      async () => own.filter(narrows),
      async () => (await synonyms()).filter(narrows),
      async () => own.filter((term) => !narrows(term)),
      async () => (await synonyms()).filter((term) => !narrows(term)),
    ];
    const ids = new Set<number>();
    const stats: QueryStats = { laterPages: 0, exact: true };
    for (const group of groups) {
      if (ids.size >= wanted) break;
      const terms = await group();
      if (terms.length === 0) continue;
      const match = await this.terms.match(terms, wanted, this.pageBudget - stats.laterPages);
      stats.laterPages += match.laterPages;
      stats.exact &&= match.exact;
      for (const id of match.ids) if (ids.size < wanted) ids.add(id);
    }
    return { ids: [...ids], own, stats };
  }

  /** The terms of these tokens that the index holds, loaded as far as their first page. */
  private async known(tokens: { token: string }[]): Promise<Term[]> {
    const terms = await Promise.all(tokens.map(({ token }) => this.terms.get(token)));
    return terms.filter((term) => term !== undefined);
  }

  private async doc(manifest: Manifest, id: number): Promise<StoredDoc> {
    const chunk = Math.floor(id / manifest.docsPerChunk);
    const docs = await this.json<StoredDoc[]>(fileAt(manifest.docFiles, chunk, "documents"));
    const stored = docs[id % manifest.docsPerChunk];
    if (!stored) throw new IndexFormatError(`document ${id} is missing from its chunk`);
    return stored;
  }

  async search(query: string, limit = 10): Promise<SearchHit[]> {
    this.lastQuery = { laterPages: 0, exact: true };
    if (normalize(query).trim() === "") return [];
    const manifest = await this.getManifest();
    const plan = planQuery(query, manifest.synonyms);
    const count = Math.max(CANDIDATES, limit);
    const { ids, own, stats } = await this.candidates(
      plan,
      manifest.docCount,
      Math.ceil(count * CANDIDATE_FACTOR),
    );
    this.lastQuery = stats;
    const docFrequency = new Map([
      ...Object.entries(manifest.synonymFrequencies),
      ...own.map((term) => [term.term, term.docFrequency] as const),
    ]);
    const candidates = await Promise.all(
      ids.map(async (id) => {
        const stored = await this.doc(manifest, id);
        const fields = fieldsOf(stored);
        return {
          id,
          stored,
          retrieval: documentScore(
            plan,
            (token) => fieldMask(fields, token),
            docFrequency,
            manifest.docCount,
          ),
        };
      }),
    );
    return candidates
      .filter(({ retrieval }) => retrieval >= 0)
      .sort((a, b) => b.retrieval - a.retrieval || a.id - b.id)
      .slice(0, count)
      .map((c) => ({
        ...c,
        score: finalScore(c.retrieval, normalizedDoc(c.stored), plan, { normalized: true }),
      }))
      .sort((a, b) => b.score - a.score || b.retrieval - a.retrieval || a.id - b.id)
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
}

/**
 * FlexSearch is asked for this many times the candidates the ranking keeps: it orders by terms matched and worst
 * slot, the ranking by rarity and fields, so the ranking picks from more. Measured on the real corpus: with 1×,
 * 43 of 165 queries had a different top 10 from the old exact ranking; with 1.5×, none (docs/search.md).
 */
const CANDIDATE_FACTOR = 1.5;

/** Tokens of one query at most: the reader's own and the synonyms'. */
const MAX_QUERY_TOKENS = MAX_TOKENS + MAX_SYNONYM_TOKENS;

/**
 * The most files one query can fetch: the manifest, one term shard per token, the later pages of its budget and
 * one document file per candidate. A pasted page costs no more than this.
 */
export function maxFilesPerQuery(limit: number, pageBudget = DEFAULT_PAGE_BUDGET): number {
  return 1 + MAX_QUERY_TOKENS + pageBudget + Math.ceil(Math.max(CANDIDATES, limit) * CANDIDATE_FACTOR);
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
