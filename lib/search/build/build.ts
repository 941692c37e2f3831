import { createHash } from "node:crypto";
import { type FieldTexts, fieldTokens } from "../shared/fields";
import { createIndex, slotOf } from "../shared/flexsearch";
import {
  INDEX_VERSION,
  type IndexFiles,
  type LaterPage,
  MANIFEST_FILE,
  type Manifest,
  type MapEntry,
  type Page,
  type ShardFile,
  type Slots,
  type StoredDoc,
  type StoredSection,
  toPage,
} from "../shared/format";
import { shardOf, tokenize } from "../shared/tokenize";

/** A heading, FAQ question, step or pitfall with an anchor: a possible sub-result. */
export interface SearchSection {
  anchor: string;
  title: string;
  text: string;
}

/** What the builder needs of one article. */
export interface SearchDocument {
  url: string;
  title: string;
  licenceLabel: string;
  description: string;
  /** Reader questions and headings: short, question-like text that deserves more weight than the body. */
  heads: string[];
  body: string;
  sections: SearchSection[];
}

export interface BuildOptions {
  synonyms: string[][];
  /** Ids per page. A query reads the first page of each of its terms and later pages only when needed. */
  pageSize?: number;
  /** Target raw size of one shard file (first pages of the terms hashed to it); 0 keeps one shard. */
  shardTarget?: number;
  /** Up to this raw size of all first pages together, the index is one shard: one small download. */
  singleShardLimit?: number;
  /** Target raw size of one file of stored documents. */
  docChunkTarget?: number;
}

/** Defaults, each measured with `npm run bench` and the real corpus (figures in docs/search.md). */
export const defaultBuildOptions = {
  // At 10,000 articles every benchmark query settles within 8 later pages (with 2,048, 13 of 48 ran out of the
  // 12-page budget); a page of dense ids written as gaps is a few hundred bytes gzip.
  pageSize: 8192,
  // Smaller shards cost a query less, but the manifest names every shard: 6 KB gave the lowest p95 at 10,000.
  shardTarget: 6_000,
  // The real corpus (22 articles) in 32 shards: p95 152 KiB per query; in one shard, 167 KiB every query.
  singleShardLimit: 100_000,
  docChunkTarget: 6_000,
} as const;

const SECTION_TEXT_CHARS = 240;
const MAX_STORED_SECTIONS = 120;
const BODY = 3;

const headsText = (doc: SearchDocument) => doc.heads.join("\n");
const texts = (doc: SearchDocument): FieldTexts => [doc.title, headsText(doc), doc.description, doc.body];

/** Each distinct token of a document with its slot: nothing is left out, however common. */
function slotsOf(doc: SearchDocument): Map<string, number> {
  const masks = new Map<string, number>();
  const bodyCounts = new Map<string, number>();
  fieldTokens(texts(doc)).forEach((tokens, field) => {
    for (const token of tokens) {
      masks.set(token, (masks.get(token) ?? 0) | (1 << field));
      if (field === BODY) bodyCounts.set(token, (bodyCounts.get(token) ?? 0) + 1);
    }
  });
  return new Map([...masks].map(([token, mask]) => [token, slotOf(mask, bodyCounts.get(token) ?? 0)]));
}

/**
 * The documents indexed by FlexSearch (each term in its slot, set by the `score` hook) and its exported `map`:
 * one entry per term. The export's other keys (the id register, the empty context) are not needed to search.
 */
export function exportedMap(documents: SearchDocument[]): MapEntry[] {
  let slots = new Map<string, number>();
  const index = createIndex((_content, term) => {
    const slot = slots.get(term);
    if (slot === undefined)
      throw new Error(`FlexSearch asked for the slot of "${term}", which the document lacks`);
    return slot;
  });
  documents.forEach((doc, id) => {
    slots = slotsOf(doc);
    index.add(id, [...slots.keys()].join(" "));
  });
  const entries: MapEntry[] = [];
  index.export((key, data) => {
    if (key.split(".").at(-1) !== "map") return;
    for (const entry of parseMapChunk(key, data)) entries.push(entry);
  });
  return entries;
}

/** A `map` chunk of FlexSearch's export, checked: the pages are cut from it, so a changed shape must stop the build. */
function parseMapChunk(key: string, data: string): MapEntry[] {
  const chunk: unknown = JSON.parse(data);
  // Ids rise within a slot (documents are added in id order): the pages write them as gaps.
  const isSlots = (slots: unknown) =>
    Array.isArray(slots) &&
    slots.every(
      (ids) =>
        ids === null ||
        (Array.isArray(ids) && ids.every((id, i) => Number.isInteger(id) && (i === 0 || id > ids[i - 1]))),
    );
  if (
    !Array.isArray(chunk) ||
    !chunk.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === "string" && isSlots(e[1]))
  )
    throw new Error(
      `FlexSearch's export key ${key} is not a list of [term, slots]: was FlexSearch upgraded?`,
    );
  return chunk as MapEntry[];
}

/** A term's ids cut into pages of `pageSize` ids in slot order (a page may end inside a slot). */
function pagesOf(slots: Slots, pageSize: number): Page[] {
  const pages: Slots[] = [];
  let filled = pageSize;
  slots.forEach((ids, slot) => {
    for (let at = 0; ids && at < ids.length; ) {
      if (filled === pageSize) {
        pages.push([]);
        filled = 0;
      }
      const take = ids.slice(at, at + pageSize - filled);
      (pages.at(-1) as Slots)[slot] = take;
      filled += take.length;
      at += take.length;
    }
  });
  return pages.map(toPage);
}

const contentHash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 10);
const nextPowerOfTwo = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));
const countIds = (slots: Slots) => slots.reduce((sum, ids) => sum + (ids?.length ?? 0), 0);

function storedSections(sections: SearchSection[]): StoredSection[] {
  return sections
    .slice(0, MAX_STORED_SECTIONS)
    .map((s) => [s.anchor, s.title, s.text.slice(0, SECTION_TEXT_CHARS)] satisfies StoredSection);
}

/**
 * Build the static search index: FlexSearch's exported `map` re-split by term (FlexSearch chunks it by count: at
 * 10,000 articles it is one key of 56 MB) into first pages, kept together in hash shards, and later pages, one file
 * each; then the stored documents and the manifest.
 */
export function buildSearchIndex(documents: SearchDocument[], options: BuildOptions): IndexFiles {
  const { synonyms, pageSize, shardTarget, singleShardLimit, docChunkTarget } = {
    ...defaultBuildOptions,
    ...options,
  };
  const files: IndexFiles = new Map();
  const add = (kind: string, text: string) => {
    const file = `${kind}.${contentHash(text)}.json`;
    files.set(file, text);
    return file;
  };

  const terms = exportedMap(documents).map(([term, slots]) => ({
    term,
    docFrequency: countIds(slots),
    pages: pagesOf(slots, pageSize),
  }));
  const firstPagesSize = terms.reduce(
    (sum, { term, pages }) => sum + term.length + JSON.stringify(pages[0] ?? []).length,
    0,
  );
  const shardCount =
    shardTarget > 0 && firstPagesSize > singleShardLimit
      ? nextPowerOfTwo(Math.ceil(firstPagesSize / shardTarget))
      : 1;
  const shards = Array.from({ length: shardCount }, (): ShardFile => ({}));
  for (const { term, docFrequency, pages } of terms.sort((a, b) => (a.term < b.term ? -1 : 1))) {
    const [first = [0], ...later] = pages;
    const laterPages = later.map((page): LaterPage => [add("page", JSON.stringify(page)), page[0]]);
    (shards[shardOf(term, shardCount)] as ShardFile)[term] =
      laterPages.length > 0 ? [docFrequency, first, laterPages] : [docFrequency, first];
  }
  const shardFiles = shards.map((shard, k) => add(`terms-${k}`, JSON.stringify(shard)));

  const stored: StoredDoc[] = documents.map((doc) => ({
    u: doc.url,
    t: doc.title,
    l: doc.licenceLabel,
    d: doc.description,
    h: headsText(doc),
    b: doc.body,
    s: storedSections(doc.sections),
  }));
  const averageDoc =
    stored.reduce((sum, doc) => sum + JSON.stringify(doc).length, 0) / Math.max(1, stored.length);
  const docsPerChunk = Math.max(1, Math.min(64, Math.floor(docChunkTarget / averageDoc)));
  const docFiles: string[] = [];
  for (let start = 0; start < stored.length; start += docsPerChunk)
    docFiles.push(add(`docs-${docFiles.length}`, JSON.stringify(stored.slice(start, start + docsPerChunk))));

  const frequency = new Map(terms.map(({ term, docFrequency }) => [term, docFrequency]));
  const synonymTokens = synonyms.flat().flatMap((word) => tokenize(word, { singles: false }));
  const manifest: Manifest = {
    version: INDEX_VERSION,
    docCount: documents.length,
    shardCount,
    shardFiles,
    docsPerChunk,
    docFiles,
    synonyms,
    synonymFrequencies: Object.fromEntries(
      [...new Set(synonymTokens)].sort().map((token) => [token, frequency.get(token) ?? 0]),
    ),
  };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  return files;
}
