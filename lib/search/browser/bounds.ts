/**
 * Upper bounds on what documents may still score while a query reads postings, and the selection of the best few:
 * what lets the engine stop reading pages as soon as no unread posting can change the top.
 */
import {
  coverage,
  isResult,
  postingScore,
  type QueryPlan,
  retrievalBound,
  retrievalScore,
} from "../shared/ranking";
import type { Accumulator, TokenState } from "./postings";

/**
 * Upper bounds on what a document may still score, given the postings read so far: every unread posting of a token
 * weighs at most its last one read (impact order). Worked out once per page read, then asked per document.
 */
export class Bound {
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
export class TopK {
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
export function best<T extends { doc: number; score: number }>(items: T[], k: number): T[] {
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
