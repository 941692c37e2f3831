/**
 * The index's terms as the engine loads them into one FlexSearch index: a term's first page of ids comes with its
 * shard, later pages only when a query needs them. `match` is the slot-paging loop: it asks FlexSearch for a query's
 * best documents and reads as few pages as give the answer the whole index would give.
 */
import type { Index } from "flexsearch";
import { createIndex, RESOLUTION } from "../shared/flexsearch";
import {
  fromPage,
  IndexFormatError,
  type LaterPage,
  type MapEntry,
  type Page,
  type ShardFile,
  type Slots,
} from "../shared/format";

/** A term as far as it is loaded. */
export interface Term {
  term: string;
  docFrequency: number;
  /** The ids loaded so far, by slot: a prefix, in slot order, of the term's whole list. */
  slots: Slots;
  later: LaterPage[];
  /** Later pages loaded so far. */
  loaded: number;
  /** Slots complete so far (all of them once every page is loaded): FlexSearch may search up to here. */
  complete: number;
  /** The next page while it loads: queries running at once share it. */
  next?: Promise<void>;
}

export interface Match {
  ids: number[];
  /** Later pages read. */
  laterPages: number;
  /** False when the page budget ran out before the answer was certain (see `match`). */
  exact: boolean;
}

/** Import entries into FlexSearch: its importIndex takes the parsed `map` payload as well as its JSON (serialize.js). */
const importMap = (index: Index, entries: MapEntry[]) => index.import("map", entries as unknown as string);

export class Terms {
  private readonly index = createIndex();
  private readonly terms = new Map<string, Promise<Term | undefined>>();

  constructor(
    /** The shard file holding a term (cached by the caller: one shard serves many terms). */
    private readonly shard: (term: string) => Promise<ShardFile>,
    /** A later page's file, read once. */
    private readonly page: (file: string) => Promise<Page>,
  ) {}

  /** A term with its first page imported; undefined when no document holds it. */
  get(term: string): Promise<Term | undefined> {
    let found = this.terms.get(term);
    if (!found) {
      found = this.shard(term).then((shard) => {
        const entry = shard[term];
        if (!entry) return undefined;
        const [docFrequency, page, later = []] = entry;
        const first = fromPage(page);
        importMap(this.index, [[term, first]]);
        return { term, docFrequency, slots: first, later, loaded: 0, complete: completeAfter(later, 0) };
      });
      // A failed download may succeed next time: do not keep the failure.
      found.catch(() => this.terms.delete(term));
      this.terms.set(term, found);
    }
    return found;
  }

  private loadNext(term: Term): Promise<void> {
    term.next ??= (async () => {
      const [file] = term.later[term.loaded] ?? [];
      if (file === undefined) throw new IndexFormatError(`page ${term.loaded + 1} of a term is missing`);
      term.slots = merged(term.slots, fromPage(await this.page(file)));
      term.loaded++;
      term.complete = completeAfter(term.later, term.loaded);
      // FlexSearch's import sets a term's entry: the merged list replaces the shorter one.
      importMap(this.index, [[term.term, term.slots]]);
    })().finally(() => {
      term.next = undefined;
    });
    return term.next;
  }

  /**
   * The `count` best documents for all the terms together, in FlexSearch's order, exactly as with every page of
   * every term loaded. FlexSearch's intersection walks slot by slot and stops at `count` documents holding every
   * term, so searching only the slots every term has complete (`resolution`) gives the whole index's first `count`
   * once it finds that many. (A single term ignores `resolution`; its loaded ids are a prefix of its list in slot
   * order, so their first `count` are exact too.) Until then, the terms holding the cut back read their next page.
   * With every page read, the search adds FlexSearch's `suggest` results: documents holding most of the terms. A
   * query that would read more than `budget` later pages stops there and returns what the loaded slots give.
   */
  async match(terms: Term[], count: number, budget: number): Promise<Match> {
    const query = terms.map((t) => t.term).join(" ");
    const search = (options: { resolution?: number; suggest?: boolean }) =>
      this.index.search(query, { limit: count, ...options }) as number[];
    let laterPages = 0;
    for (;;) {
      const cut = Math.min(...terms.map((t) => t.complete));
      if (cut >= RESOLUTION) return { ids: search({ suggest: true }), laterPages, exact: true };
      const ids = search({ resolution: cut });
      if (ids.length >= count) return { ids, laterPages, exact: true };
      const behind = terms.filter((t) => t.complete === cut);
      if (laterPages + behind.length > budget)
        return { ids: search({ resolution: cut, suggest: true }), laterPages, exact: false };
      await Promise.all(behind.map((t) => this.loadNext(t)));
      laterPages += behind.length;
    }
  }
}

/** Slots complete once `loaded` later pages are read: those before the next page's first slot; all after the last. */
const completeAfter = (later: LaterPage[], loaded: number) => later[loaded]?.[1] ?? RESOLUTION;

/** A term's loaded slots with its next page appended, slot by slot (the lists loaded before stay as they are). */
function merged(slots: Slots, page: Slots): Slots {
  const out = slots.slice();
  page.forEach((ids, slot) => {
    if (!ids) return;
    const before = out[slot];
    out[slot] = before ? before.concat(ids) : ids;
  });
  return out;
}
