/**
 * The static files of the search index, shared by the builder (writes them) and the engine (reads them). Anything
 * the engine cannot make sense of throws an IndexFormatError: a wrong or stale index must fail loudly, never fetch
 * `/search-index/undefined` or quietly find nothing.
 */

/** Bumped whenever a file's shape changes; the engine refuses any other version. */
export const INDEX_VERSION = 2;

/** Index fields, as bits of a posting's field mask: bit `i` set means the token occurs in field `fields[i]`. */
export const fields = ["title", "heads", "desc", "body"] as const;
export type FieldName = (typeof fields)[number];
export const FIELD_COUNT = fields.length;

/** A heading, FAQ question, step or pitfall inside an article, as a sub-result needs it. */
export type StoredSection = [anchor: string, title: string, text: string];

/** A document as the browser needs it to show a result, cut a snippet and pick sub-results. */
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
  /** Plain body text, whole: the engine scores a candidate on its stored text, and cuts snippets from it. */
  b: string;
  /** Sections with an anchor, in article order (capped). */
  s: StoredSection[];
}

export interface Manifest {
  version: typeof INDEX_VERSION;
  docCount: number;
  /** Postings per page: a token's postings, in impact order, are cut into pages of this many. */
  pageSize: number;
  /** A token lives in shard `shardOf(token, shardCount)`; a power of two. */
  shardCount: number;
  /** `shardFiles[k]`: the first page (and posting count) of every token of shard k. */
  shardFiles: string[];
  /** `pageFiles[k][p - 1]`: page p (counting from 0) of every token of shard k that has more than p pages. */
  pageFiles: string[][];
  /** Stored documents, `docsPerChunk` per file, in doc order. */
  docsPerChunk: number;
  docFiles: string[];
  /** Normalized synonym groups. */
  synonyms: string[][];
}

/**
 * One page of a token's postings: runs of `[fieldMask, count, firstDoc, gap, gap, …]`, runs in falling impact,
 * docs rising within a run. Gaps keep the numbers small; a negative gap `-n` stands for n consecutive documents.
 */
export type EncodedPage = number[];

/** A shard file: token → [documents containing it, pages, its first page]. */
export type ShardFile = Record<string, [docFrequency: number, pages: number, first: EncodedPage]>;
/** A page file: token → one later page. */
export type PageFile = Record<string, EncodedPage>;

/** Everything the builder writes, as file name → text (the manifest is manifest.json). */
export type IndexFiles = Map<string, string>;

export const MANIFEST_FILE = "manifest.json";

export class IndexFormatError extends Error {
  constructor(message: string) {
    super(`search index: ${message}`);
    this.name = "IndexFormatError";
  }
}

export interface Posting {
  doc: number;
  mask: number;
}

/** Encode postings that are already in page order (impact falling, doc rising within one mask). */
export function encodePage(postings: Posting[]): EncodedPage {
  const out: number[] = [];
  let i = 0;
  while (i < postings.length) {
    const mask = postings[i]?.mask ?? 0;
    let j = i;
    while (j < postings.length && postings[j]?.mask === mask) j++;
    out.push(mask, j - i, postings[i]?.doc ?? 0);
    // Gaps; a stretch of consecutive documents (gap 1, common for the commonest words) is written as -length.
    let k = i + 1;
    while (k < j) {
      let ones = 0;
      while (k + ones < j && (postings[k + ones]?.doc ?? 0) - (postings[k + ones - 1]?.doc ?? 0) === 1)
        ones++;
      if (ones >= 2) {
        out.push(-ones);
        k += ones;
      } else {
        out.push((postings[k]?.doc ?? 0) - (postings[k - 1]?.doc ?? 0));
        k++;
      }
    }
    i = j;
  }
  return out;
}

/** Decode a page, calling `visit` for each posting in page order; checks every document number. */
export function decodePage(page: EncodedPage, docCount: number, visit: (doc: number, mask: number) => void) {
  let i = 0;
  const bad = (what: string) => new IndexFormatError(`a postings page is malformed at ${i}: ${what}`);
  while (i < page.length) {
    const mask = page[i] ?? -1;
    const count = page[i + 1] ?? -1;
    let doc = page[i + 2] ?? -1;
    if (mask <= 0 || mask >= 1 << FIELD_COUNT || count <= 0) throw bad("mask or count");
    if (!Number.isInteger(doc) || doc < 0 || doc >= docCount) throw bad(`document ${doc} of ${docCount}`);
    visit(doc, mask);
    let done = 1;
    i += 3;
    while (done < count) {
      const gap = page[i++];
      if (gap === undefined || !Number.isInteger(gap) || gap === 0) throw bad("gap");
      const steps = gap < 0 ? -gap : 1;
      if (done + steps > count) throw bad("run longer than its count");
      for (let s = 0; s < steps; s++) {
        doc += gap < 0 ? 1 : gap;
        if (doc >= docCount) throw bad(`document ${doc} of ${docCount}`);
        visit(doc, mask);
      }
      done += steps;
    }
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
  if (!isCount(m.pageSize) || m.pageSize < 1) problems.push("pageSize");
  if (!isCount(m.shardCount) || m.shardCount < 1 || (m.shardCount & (m.shardCount - 1)) !== 0)
    problems.push("shardCount (a power of two)");
  if (!isStringArray(m.shardFiles) || m.shardFiles.length !== m.shardCount)
    problems.push("shardFiles (one per shard)");
  if (
    !Array.isArray(m.pageFiles) ||
    m.pageFiles.length !== m.shardCount ||
    !m.pageFiles.every((files) => Array.isArray(files) && (files.length === 0 || isStringArray(files)))
  )
    problems.push("pageFiles (one list per shard)");
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
  if (problems.length > 0) throw new IndexFormatError(`the manifest has a bad ${problems.join(", ")}`);
  return m as Manifest;
}

/** The file at a position of a manifest list; an index that points outside its own lists is broken. */
export function fileAt(files: readonly string[] | undefined, position: number, what: string): string {
  const file = files?.[position];
  if (file === undefined) throw new IndexFormatError(`no ${what} file at position ${position}`);
  return file;
}
