/**
 * The ranking rules of search, as pure functions: no fetching, no index format. FlexSearch's slots follow
 * `impactOf` (flexsearch.ts); the engine asks `planQuery` what to look up, scores FlexSearch's candidates with
 * `documentScore` (keeping those `isResult` accepts), orders them with `finalScore` and picks sub-results with
 * `rankSections`.
 */
import { markTerms } from "./snippet";
import { normalize, phrasePattern, queryTokens, stripQuestionWords, tokenize } from "./tokenize";

/** Title 8: a title names the article's subject. Headings and questions 4: they name a part of it. Description 3:
 * one sentence of summary. Body 1: a mention. (Field order as in fields.ts `FieldTexts`.) */
export const FIELD_WEIGHTS = [8, 4, 3, 1] as const;
/** A query is cut to this many distinct tokens: a pasted page must not fetch the whole index. */
export const MAX_TOKENS = 48;
/** Synonyms add at most this many tokens: each may cost a shard download. */
export const MAX_SYNONYM_TOKENS = 16;
/** All the other words of a synonym group together weigh this fraction of one pair of the reader's own words. */
export const SYNONYM_WEIGHT = 0.4;
/** How much a title that is mostly the query lifts a result over a long title that mentions it among much else. */
export const TITLE_FOCUS_WEIGHT = 2;
/** What synonyms add, at most, as a share of the own words' score, to a document that has all the own words. */
export const SYNONYM_TIEBREAK = 0.1;
/** A document with a synonym of a query word covers this share of that word (enough to be a result), however many
 * words of the group it holds: IDC, B11 and 互联网数据中心 together still stand in for one 机房. */
const SYNONYM_COVERAGE = 0.5;
/** A document must match this share of the query's own weight to be a result (one stray character is not). */
export const MIN_COVERAGE = 0.2;
/** Floor of the coverage factor: a document matching part of the query still scores, a fifth as much at zero. */
const COVERAGE_FLOOR = 0.2;
/** How far a title that says every word of the query lifts a result (×2.5 at full title coverage). */
export const TITLE_COVERAGE_WEIGHT = 1.5;
/** A query phrase found whole in a title adds this much per character; in a heading or question, less; in the
 * description, less again (the field order of FIELD_WEIGHTS). */
const TITLE_PHRASE_BONUS = 0.6;
const HEADING_PHRASE_BONUS = 0.4;
const DESCRIPTION_PHRASE_BONUS = 0.25;
/** Synonyms in a title may tip a close call, never outweigh the reader's own words. */
export const MAX_SYNONYM_BONUS = 0.6;
/** Candidates re-ranked by title and phrase: enough for a page of results plus the close calls below it (the
 * best by `documentScore` of twice as many that FlexSearch finds: engine.ts). */
export const CANDIDATES = 16;
/** Sub-results shown under one result. */
export const MAX_SECTIONS = 3;
/** A sub-result must match this share of the query's own weight: a section about the query, not one word of it. */
const SECTION_MIN_COVERAGE = 0.5;
/** In a section, a word in its heading counts this many times one in its text. */
const SECTION_TITLE_WEIGHT = 3;

export interface WeightedToken {
  token: string;
  weight: number;
  /** The reader's own word (true) or a synonym's (false). */
  primary: boolean;
  /** How much of the query's own weight a document holding this token covers. */
  covers: number;
  /** A synonym token's group, by index into `QueryPlan.synonymCaps` (own tokens have none). */
  group?: number;
}

/** What a query asks for, worked out once: its tokens, its phrases and what to mark in snippets. */
export interface QueryPlan {
  tokens: WeightedToken[];
  primaryTotal: number;
  /** Whole Han or Latin runs of the query, question words removed. */
  phrases: string[];
  /** Words of synonym groups the query touched that the query does not already say. */
  synonymPhrases: string[];
  /** What snippets mark: the query's own words first, then with synonyms. */
  queryTerms: string[];
  withSynonyms: string[];
  /** Per synonym group: the most of the query's own weight its words cover together (see `documentScore`). */
  synonymCaps: number[];
}

const isHan = (token: string) => /^\p{Script=Han}/u.test(token);

/** How much a token says: a Latin word or a pair of characters says much more than one character. */
export function tokenWeight(token: string): number {
  if (!isHan(token)) return 1.2;
  return [...token].length >= 2 ? 1 : 0.3;
}

/** The weight of a posting's fields: the sum of the weights of the fields the token occurs in. */
export function impactOf(mask: number): number {
  let impact = 0;
  FIELD_WEIGHTS.forEach((weight, field) => {
    if (mask & (1 << field)) impact += weight;
  });
  return impact;
}

/** Rarer tokens say more (document frequency out of all documents). */
const idf = (docFrequency: number, docCount: number) => Math.log(1 + docCount / Math.max(1, docFrequency));

/**
 * A candidate's retrieval score from the field mask of each query token in it (0: absent; `docFrequency` has every
 * token the index holds), or -1 when it covers less than MIN_COVERAGE of the query's own weight. A document
 * matching most of the query beats one that matches a single word of it many times: the sum of its tokens' weight
 * × rarity × fields, times a factor that grows with the share of the query it covers. The words of one synonym
 * group cover together at most the group's cap (a share of the own words it stands for, however many aliases a
 * document holds). Synonyms stand in for the reader's missing words; where those are all there, synonyms add at
 * most SYNONYM_TIEBREAK of their score, so they tip close calls and never outweigh the reader's words.
 */
export function documentScore(
  plan: QueryPlan,
  maskOf: (token: string) => number,
  docFrequency: ReadonlyMap<string, number>,
  docCount: number,
): number {
  let own = 0;
  let synonyms = 0;
  let ownCovered = 0;
  const groupCovered = plan.synonymCaps.map(() => 0);
  for (const token of plan.tokens) {
    const frequency = docFrequency.get(token.token) ?? 0;
    const mask = frequency > 0 ? maskOf(token.token) : 0;
    if (mask === 0) continue;
    const score = token.weight * idf(frequency, docCount) * impactOf(mask);
    if (token.group === undefined) {
      own += score;
      ownCovered += token.covers;
    } else {
      synonyms += score;
      groupCovered[token.group] = (groupCovered[token.group] ?? 0) + token.covers;
    }
  }
  const total = plan.primaryTotal;
  const covered = groupCovered.reduce((sum, c, g) => sum + Math.min(c, plan.synonymCaps[g] ?? 0), ownCovered);
  if (total <= 0 || covered / total < MIN_COVERAGE) return -1;
  const synonymPart = Math.min(
    synonyms,
    SYNONYM_TIEBREAK * own + (1 - Math.min(1, ownCovered / total)) * synonyms,
  );
  return (own + synonymPart) * (COVERAGE_FLOOR + Math.min(1, covered / total)) ** 2;
}

/** The query's tokens, then the tokens of the other words of its synonym groups, at a lower weight. */
export function planQuery(query: string, synonymGroups: string[][]): QueryPlan {
  const stripped = stripQuestionWords(query);
  // The synonym groups with a word in the query: they widen the search, the ranking and the highlighting.
  const groups = synonymGroups.filter((group) => group.some((word) => stripped.includes(word)));
  const primary = queryTokens(query).slice(0, MAX_TOKENS);
  const seen = new Set(primary);
  const tokens: WeightedToken[] = primary.map((token) => ({
    token,
    weight: tokenWeight(token),
    primary: true,
    covers: tokenWeight(token),
  }));
  let expansions = 0;
  const synonymCaps: number[] = [];
  for (const group of groups) {
    // The reader's own tokens this group stands for: a synonym covers a share of them.
    const own = new Set(
      group.filter((word) => stripped.includes(word)).flatMap((word) => tokenize(word, { singles: false })),
    );
    const ownWeight = tokens
      .filter((t) => t.primary && own.has(t.token))
      .reduce((sum, t) => sum + t.weight, 0);
    const groupIndex = synonymCaps.length;
    synonymCaps.push(SYNONYM_COVERAGE * ownWeight);
    // Each other word of the group weighs, in all, a fraction of one character pair: a long alias (呼叫中心业务,
    // five pairs) must not count five times more than a short one (坐席).
    for (const word of group) {
      const fresh = tokenize(word, { singles: false }).filter((token) => !seen.has(token));
      for (const token of fresh) {
        if (expansions >= MAX_SYNONYM_TOKENS) break;
        seen.add(token);
        expansions++;
        tokens.push({
          token,
          weight: SYNONYM_WEIGHT / fresh.length,
          primary: false,
          covers: (SYNONYM_COVERAGE * ownWeight) / fresh.length,
          group: groupIndex,
        });
      }
    }
  }
  const phrases = [...stripped.matchAll(phrasePattern)].map(([p]) => p);
  const synonymWords = groups.flat();
  return {
    tokens,
    primaryTotal: tokens.filter((t) => t.primary).reduce((sum, t) => sum + t.weight, 0),
    phrases,
    synonymPhrases: synonymWords.filter(
      (word) => [...word].length >= 2 && !phrases.some((phrase) => phrase.includes(word)),
    ),
    queryTerms: markTerms(query),
    withSynonyms: markTerms(query, synonymWords),
    synonymCaps,
  };
}

/**
 * The score a candidate ends with: its retrieval score, lifted when query phrases stand whole in its title or
 * description (a little, and capped, for synonyms: 续证 finds a title that says 续期), and when its title says most
 * of the query's own tokens (呼叫中心 + 年报 beats a title with 呼叫中心 alone).
 */
export function finalScore(
  retrieval: number,
  doc: { title: string; heads: string; description: string },
  plan: QueryPlan,
  { normalized = false }: TextOptions = {},
): number {
  const fold = normalized ? (text: string) => text : normalize;
  const title = fold(doc.title);
  const heads = fold(doc.heads);
  const description = fold(doc.description);
  const bonus = (phrase: string, weight: number) => {
    const length = [...phrase].length;
    if (title.includes(phrase)) return length * TITLE_PHRASE_BONUS * weight;
    if (heads.includes(phrase)) return length * HEADING_PHRASE_BONUS * weight;
    if (description.includes(phrase)) return length * DESCRIPTION_PHRASE_BONUS * weight;
    return 0;
  };
  const phraseBonus =
    plan.phrases.reduce((sum, phrase) => sum + bonus(phrase, 1), 0) +
    Math.min(
      MAX_SYNONYM_BONUS,
      plan.synonymPhrases.reduce((sum, word) => sum + bonus(word, SYNONYM_WEIGHT), 0),
    );
  const primary = plan.tokens.filter((t) => t.primary);
  const titleCoverage =
    primary.length > 0 ? primary.filter((t) => title.includes(t.token)).length / primary.length : 0;
  return (
    retrieval *
    (1 + phraseBonus) *
    (1 + TITLE_COVERAGE_WEIGHT * titleCoverage) *
    (1 + TITLE_FOCUS_WEIGHT * titleFocus(title, primary))
  );
}

/** The share of a title's letters that the query's own tokens cover: 年报 is most of "SP年报常见问题". */
function titleFocus(title: string, tokens: WeightedToken[]): number {
  const letters = title.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters === 0) return 0;
  const marked = new Array<boolean>(title.length).fill(false);
  for (const { token } of tokens) {
    if ([...token].length < 2 && /\p{Script=Han}/u.test(token)) continue;
    for (let at = title.indexOf(token); at !== -1; at = title.indexOf(token, at + 1))
      marked.fill(true, at, at + token.length);
  }
  return Math.min(1, marked.filter(Boolean).length / letters);
}

export interface TextOptions {
  /** The texts given are already normalized (the engine normalizes a stored document once, not per query). */
  normalized?: boolean;
}

export interface SectionCandidate {
  title: string;
  text: string;
}

/**
 * The sections of one article that answer the query best, at most MAX_SECTIONS, in falling score: each must cover
 * at least half of the query's own weight (heading and text together); a word in the heading counts three times,
 * and a heading holding a whole query phrase ranks above one holding its pieces.
 */
export function rankSections<T extends SectionCandidate>(
  sections: T[],
  plan: QueryPlan,
  { normalized = false }: TextOptions = {},
): T[] {
  const primary = plan.tokens.filter((t) => t.primary);
  if (plan.primaryTotal <= 0) return [];
  const fold = normalized ? (text: string) => text : normalize;
  return sections
    .map((section, order) => {
      const title = fold(section.title);
      const text = fold(section.text);
      let covered = 0;
      let score = 0;
      for (const { token, weight } of primary) {
        const inTitle = title.includes(token);
        const inText = text.includes(token);
        if (inTitle || inText) covered += weight;
        score += weight * ((inTitle ? SECTION_TITLE_WEIGHT : 0) + (inText ? 1 : 0));
      }
      const phraseInTitle = plan.phrases.some((phrase) => title.includes(phrase));
      return { section, order, covered, score: score * (phraseInTitle ? 2 : 1) };
    })
    .filter(({ covered, score }) => covered / plan.primaryTotal >= SECTION_MIN_COVERAGE && score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_SECTIONS)
    .map(({ section }) => section);
}
