import type { Index } from "flexsearch";
import { FIELD_COUNT, MANIFEST_FILE, type Manifest, type StoredDoc } from "./format";
import { makeSnippet, markTerms, type SnippetPart } from "./snippet";
import { createTermIndex } from "./term-index";
import { normalize, phrasePattern, queryTokens, shardOf, stripQuestionWords, tokenize } from "./tokenize";

/** Fetch one file of the index by name; the browser uses fetch, tests and benchmarks read files. */
export type LoadFile = (name: string) => Promise<string>;

export interface SearchHit {
  url: string;
  title: string;
  licence: string;
  snippet: SnippetPart[];
  score: number;
}

/** Matches in a title count most, then questions and headings, then the description, then the body. */
const fieldWeights = [8, 4, 3, 1];
/** A query is cut to this many distinct tokens: a pasted page must not fetch the whole index. */
const MAX_TOKENS = 48;
const SYNONYM_WEIGHT = 0.4;
/** Synonyms add at most this many tokens: each may cost a shard download. */
const MAX_SYNONYM_TOKENS = 16;
const CANDIDATES = 16;
/** The share of a query's weight a document must match to count as a result. */
const MIN_COVERAGE = 0.2;
const TITLE_COVERAGE_WEIGHT = 1.5;
/** Synonyms in a title may tip a close call, never outweigh the reader's own words. */
const MAX_SYNONYM_BONUS = 0.6;

interface WeightedToken {
  token: string;
  weight: number;
  primary: boolean;
}

const isHan = (token: string) => /^\p{Script=Han}/u.test(token);

/** How much a token says: a Latin word or a pair of characters says much more than one character. */
function tokenWeight(token: string): number {
  if (!isHan(token)) return 1.2;
  return [...token].length >= 2 ? 1 : 0.3;
}

/** The search engine in the browser: loads the manifest, then only the shards and documents a query needs. */
export class SearchEngine {
  private manifest?: Promise<Manifest>;
  private readonly shards = new Map<number, Promise<Index>>();
  private readonly docChunks = new Map<number, Promise<StoredDoc[]>>();

  constructor(private readonly load: LoadFile) {}

  private getManifest(): Promise<Manifest> {
    this.manifest ??= this.load(MANIFEST_FILE).then((text) => JSON.parse(text) as Manifest);
    return this.manifest;
  }

  private async shard(manifest: Manifest, k: number): Promise<Index> {
    let shard = this.shards.get(k);
    if (!shard) {
      shard = this.load(manifest.shardFiles[k] ?? "").then((text) => {
        const index = createTermIndex();
        for (const [key, data] of Object.entries(JSON.parse(text) as Record<string, string>))
          index.import(key, data);
        return index;
      });
      this.shards.set(k, shard);
    }
    return shard;
  }

  private async doc(manifest: Manifest, doc: number): Promise<StoredDoc | undefined> {
    const chunk = Math.floor(doc / manifest.docsPerChunk);
    let docs = this.docChunks.get(chunk);
    if (!docs) {
      docs = this.load(manifest.docFiles[chunk] ?? "").then((text) => JSON.parse(text) as StoredDoc[]);
      this.docChunks.set(chunk, docs);
    }
    return (await docs)[doc % manifest.docsPerChunk];
  }

  /** The query's tokens, then the tokens of the other words of its synonym groups, at a lower weight. */
  private weightedTokens(query: string, manifest: Manifest, synonymGroups: string[][]): WeightedToken[] {
    const common = new Set(manifest.commonTokens);
    const primary = queryTokens(query)
      .filter((token) => !common.has(token))
      .slice(0, MAX_TOKENS);
    const seen = new Set([...primary, ...common]);
    const tokens: WeightedToken[] = primary.map((token) => ({
      token,
      weight: tokenWeight(token),
      primary: true,
    }));
    let expansions = 0;
    for (const group of synonymGroups) {
      // Each other word of the group weighs, in all, as much as a fraction of one character pair: a long alias
      // (呼叫中心业务, five pairs) must not count five times more than a short one (坐席).
      for (const word of group) {
        const fresh = tokenize(word, { singles: false }).filter((token) => !seen.has(token));
        for (const token of fresh) {
          if (expansions >= MAX_SYNONYM_TOKENS) break;
          seen.add(token);
          expansions++;
          tokens.push({ token, weight: SYNONYM_WEIGHT / fresh.length, primary: false });
        }
      }
    }
    return tokens;
  }

  async search(query: string, limit = 10): Promise<SearchHit[]> {
    if (normalize(query).trim() === "") return [];
    const manifest = await this.getManifest();
    const stripped = stripQuestionWords(query);
    // The synonym groups with a word in the query: they widen the search, the ranking and the highlighting.
    const synonymGroups = manifest.synonyms.filter((group) => group.some((word) => stripped.includes(word)));
    const synonymWords = synonymGroups.flat();
    const tokens = this.weightedTokens(query, manifest, synonymGroups);
    if (tokens.length === 0) return [];

    const shardIds = [...new Set(tokens.map((t) => shardOf(t.token, manifest.shardCount)))];
    const shards = new Map(
      await Promise.all(shardIds.map(async (k) => [k, await this.shard(manifest, k)] as const)),
    );

    const scores = new Map<number, number>();
    const covered = new Map<number, number>();
    const primaryTotal = tokens.filter((t) => t.primary).reduce((sum, t) => sum + t.weight, 0);
    for (const { token, weight, primary } of tokens) {
      const ids = shards.get(shardOf(token, manifest.shardCount))?.search(token, { limit: 2000 }) ?? [];
      if (ids.length === 0) continue;
      const fieldsByDoc = new Map<number, number[]>();
      for (const id of ids as number[]) {
        const doc = Math.floor(id / FIELD_COUNT);
        const docFields = fieldsByDoc.get(doc);
        if (docFields) docFields.push(id % FIELD_COUNT);
        else fieldsByDoc.set(doc, [id % FIELD_COUNT]);
      }
      const idf = Math.log(1 + manifest.docCount / fieldsByDoc.size);
      for (const [doc, docFields] of fieldsByDoc) {
        const fieldScore = docFields.reduce((sum, field) => sum + (fieldWeights[field] ?? 1), 0);
        scores.set(doc, (scores.get(doc) ?? 0) + weight * idf * fieldScore);
        if (primary) covered.set(doc, (covered.get(doc) ?? 0) + weight);
      }
    }

    // A document that matches most of the query beats one that matches a single word of it many times; one that
    // shares only stray characters with it (子 of 量子 in 电子) is no result at all.
    const ranked = [...scores]
      .map(([doc, score]) => {
        const coverage = primaryTotal > 0 ? (covered.get(doc) ?? 0) / primaryTotal : 0;
        return { doc, coverage, score: score * (0.2 + coverage) ** 2 };
      })
      .filter(({ coverage }) => coverage >= MIN_COVERAGE)
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .slice(0, Math.max(CANDIDATES, limit));

    // Phrases of the query found whole in a title or description lift a result above scattered matches; so, a
    // little less, do synonyms of its words (续证 finds a title that says 续期).
    const phrases = [...stripped.matchAll(phrasePattern)].map(([p]) => p);
    const synonymPhrases = synonymWords.filter(
      (word) => [...word].length >= 2 && !phrases.some((phrase) => phrase.includes(word)),
    );
    const primaryTokens = tokens.filter((t) => t.primary).map((t) => t.token);
    const queryTerms = markTerms(query);
    const withSynonyms = markTerms(query, synonymWords);
    const hits = await Promise.all(
      ranked.map(async ({ doc, score }) => {
        const stored = await this.doc(manifest, doc);
        if (!stored) return undefined;
        const title = normalize(stored.t);
        const description = normalize(stored.d);
        const bonus = (phrase: string, weight: number) => {
          const length = [...phrase].length;
          return title.includes(phrase)
            ? length * 0.6 * weight
            : description.includes(phrase)
              ? length * 0.25 * weight
              : 0;
        };
        const phraseBonus =
          phrases.reduce((sum, phrase) => sum + bonus(phrase, 1), 0) +
          Math.min(
            MAX_SYNONYM_BONUS,
            synonymPhrases.reduce((sum, word) => sum + bonus(word, SYNONYM_WEIGHT), 0),
          );
        // The share of the query's own tokens that the title contains: the title that says most of what the
        // reader asked for is the article they meant (呼叫中心 + 年报 beats a title with 呼叫中心 alone).
        const titleCoverage =
          primaryTokens.filter((token) => title.includes(token)).length / primaryTokens.length;
        return { stored, score: score * (1 + phraseBonus) * (1 + TITLE_COVERAGE_WEIGHT * titleCoverage) };
      }),
    );
    return hits
      .filter((hit): hit is NonNullable<typeof hit> => hit !== undefined)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ stored, score }) => ({
        url: stored.u,
        title: stored.t,
        licence: stored.l,
        snippet: snippetFor(stored, queryTerms, withSynonyms),
        score,
      }));
  }
}

/**
 * The description when it shows the reader's own words, else the best passage of the body that does; only then
 * the same with synonyms (a search for 续期 should show 续期, not only 延续).
 */
function snippetFor(doc: StoredDoc, queryTerms: string[], withSynonyms: string[]): SnippetPart[] {
  const hasHit = (parts: SnippetPart[]) => parts.some((part) => part.hit);
  for (const terms of [queryTerms, withSynonyms]) {
    const description = makeSnippet(doc.d, terms, 120);
    if (hasHit(description)) return description;
    const body = makeSnippet(doc.b, terms, 90);
    if (hasHit(body)) return body;
  }
  return makeSnippet(doc.d, [], 120);
}
