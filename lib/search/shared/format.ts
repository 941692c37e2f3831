/**
 * The static files of the search index, shared by the builder (writes them) and the engine (reads them). Anything
 * the engine cannot make sense of throws an IndexFormatError: a wrong or stale index must fail loudly, never fetch
 * `/search-index/undefined` or quietly find nothing.
 */

/** Bumped whenever a file's shape changes (or the FlexSearch options in flexsearch.ts); the engine refuses others. */
export const INDEX_VERSION = 3;

/**
 * A term's ids by FlexSearch slot, as its export writes one `map` entry's value: `slots[s]` lists the documents
 * whose slot for the term is `s` (null where none is), ids rising within a slot.
 */
export type Slots = (number[] | null)[];

/**
 * A page of a term's ids as written: the slot it starts in, then its slots from there, each slot's ids as gaps from
 * the id before (the first as it is; ids rise within a slot). FlexSearch's own form (a null for each empty slot
 * before the first, whole ids) gzips to several times the size (measured in docs/search.md).
 */
export type Page = [from: number, ...slots: Slots];

export function toPage(slots: Slots): Page {
  const from = Math.max(
    0,
    slots.findIndex((ids) => ids && ids.length > 0),
  );
  const gaps = Array.from(slots.slice(from), (ids) =>
    ids ? ids.map((id, i) => (i === 0 ? id : id - (ids[i - 1] ?? 0))) : null,
  );
  return [from, ...gaps];
}

/** A page's slots, as FlexSearch holds them. It ends with a filled slot, as FlexSearch's own lists do. */
export function fromPage(page: Page): Slots {
  const [from, ...written] = Array.isArray(page) ? page : [];
  if (!Number.isInteger(from) || (from as number) < 0 || !written.at(-1))
    throw new IndexFormatError("a page of ids is empty or malformed");
  const slots = written.map((gaps) => {
    if (gaps === null) return null;
    if (!Array.isArray(gaps)) throw new IndexFormatError("a page of ids is malformed");
    let id = 0;
    return gaps.map((gap, i) => {
      if (!Number.isInteger(gap) || gap < 0 || (i > 0 && gap === 0))
        throw new IndexFormatError("a page of ids is malformed");
      id += gap;
      return id;
    });
  });
  return [...Array<null>(from as number).fill(null), ...slots];
}

/** One entry of FlexSearch's exported `map`: a term and its slots. */
export type MapEntry = [term: string, slots: Slots];

/** A later page of a term: its file, and the slot it starts in (every slot before it is complete without it). */
export type LaterPage = [file: string, from: number];

/** A shard file: term → [documents holding it, its first page of ids, its later pages]. */
export type ShardFile = Record<string, [docFrequency: number, first: Page, later?: LaterPage[]]>;

/** A heading, FAQ question, step or pitfall inside an article, as a sub-result needs it. */
export type StoredSection = [anchor: string, title: string, text: string];

/** A document as the browser needs it to show a result, re-rank it, cut a snippet and pick sub-results. */
export interface StoredDoc {
  /** Address of the article. */
  u: string;
  /** Title. */
  t: string;
  /** Licence label, e.g. "B25 信息服务业务". */
  l: string;
  /** One-line description. */
  d: string;
  /** Questions and headings, one a line. */
  h: string;
  /** Plain body text, whole: candidates are scored on their stored text, and snippets cut from it. */
  b: string;
  /** Sections with an anchor, in article order (capped). */
  s: StoredSection[];
}

export interface Manifest {
  version: typeof INDEX_VERSION;
  docCount: number;
  /** A term lives in shard `shardOf(term, shardCount)`; a power of two. */
  shardCount: number;
  /** `shardFiles[k]`: the first page of ids (and the later pages' files) of every term of shard k. */
  shardFiles: string[];
  /** Stored documents, `docsPerChunk` per file, in id order. */
  docsPerChunk: number;
  docFiles: string[];
  /** Normalized synonym groups. */
  synonyms: string[][];
  /**
   * How many documents hold each token of a synonym word: the ranking weighs synonyms by it, and this spares a
   * query one shard download per synonym token (only FlexSearch's terms need theirs).
   */
  synonymFrequencies: Record<string, number>;
}

/** Everything the builder writes, as file name → text (the manifest is manifest.json). */
export type IndexFiles = Map<string, string>;

export const MANIFEST_FILE = "manifest.json";

export class IndexFormatError extends Error {
  constructor(message: string) {
    super(`search index: ${message}`);
    this.name = "IndexFormatError";
  }
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string" && item !== "");
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Parse and check a manifest: every file it names exists in its lists, and the counts agree with each other. */
export function parseManifest(text: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new IndexFormatError("the manifest is not JSON");
  }
  const m = data as Partial<Manifest> | null;
  if (!m || typeof m !== "object") throw new IndexFormatError("the manifest is not an object");
  if (m.version !== INDEX_VERSION)
    throw new IndexFormatError(`found manifest version ${String(m.version)}, expected ${INDEX_VERSION}`);
  const problems: string[] = [];
  if (!isCount(m.docCount)) problems.push("docCount");
  if (!isCount(m.shardCount) || m.shardCount < 1 || (m.shardCount & (m.shardCount - 1)) !== 0)
    problems.push("shardCount (a power of two)");
  if (!isStringArray(m.shardFiles) || m.shardFiles.length !== m.shardCount)
    problems.push("shardFiles (one per shard)");
  if (!isCount(m.docsPerChunk) || m.docsPerChunk < 1) problems.push("docsPerChunk");
  if (
    !isStringArray(m.docFiles) ||
    (isCount(m.docCount) &&
      isCount(m.docsPerChunk) &&
      m.docsPerChunk > 0 &&
      m.docFiles.length !== Math.ceil(m.docCount / m.docsPerChunk))
  )
    problems.push("docFiles (one per chunk of docsPerChunk documents)");
  if (!Array.isArray(m.synonyms) || !m.synonyms.every(isStringArray)) problems.push("synonyms");
  if (
    typeof m.synonymFrequencies !== "object" ||
    m.synonymFrequencies === null ||
    !Object.values(m.synonymFrequencies).every(isCount)
  )
    problems.push("synonymFrequencies");
  if (problems.length > 0) throw new IndexFormatError(`the manifest has a bad ${problems.join(", ")}`);
  return m as Manifest;
}

/** The file at a position of a manifest list; an index that points outside its own lists is broken. */
export function fileAt(files: readonly string[] | undefined, position: number, what: string): string {
  const file = files?.[position];
  if (file === undefined) throw new IndexFormatError(`no ${what} file at position ${position}`);
  return file;
}
