import { createHash } from "node:crypto";
import { type FieldTexts, fieldTokens } from "../shared/fields";
import {
  encodePage,
  INDEX_VERSION,
  type IndexFiles,
  MANIFEST_FILE,
  type Manifest,
  type PageFile,
  type Posting,
  type ShardFile,
  type StoredDoc,
  type StoredSection,
} from "../shared/format";
import { impactOf } from "../shared/ranking";
import { shardOf } from "../shared/tokenize";

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
  /** Postings per page. A query reads the first page of each of its tokens and later pages only when needed. */
  pageSize?: number;
  /** Target raw size of one shard file (first pages of the tokens hashed to it); 0 keeps one shard. */
  shardTarget?: number;
  /** Up to this raw size of all first pages together, the index is one shard: one small download. */
  singleShardLimit?: number;
  /** Target raw size of one file of stored documents. */
  docChunkTarget?: number;
}

/** Defaults, each measured with `npm run bench` at 1,000 and 10,000 articles. */
export const defaultBuildOptions = {
  // A first page of 2,048 postings is a few KB gzip (runs of consecutive documents are one number each).
  pageSize: 2048,
  shardTarget: 24_000,
  singleShardLimit: 300_000,
  docChunkTarget: 6_000,
} as const;

const SECTION_TEXT_CHARS = 240;
const MAX_STORED_SECTIONS = 120;

const headsText = (doc: SearchDocument) => doc.heads.join("\n");
const texts = (doc: SearchDocument): FieldTexts => [doc.title, headsText(doc), doc.description, doc.body];

/** Every token of every document, with the fields it occurs in: nothing is left out, however common. */
function collectPostings(documents: SearchDocument[]): Map<string, Posting[]> {
  const postings = new Map<string, Posting[]>();
  documents.forEach((doc, id) => {
    const masks = new Map<string, number>();
    fieldTokens(texts(doc)).forEach((tokens, field) => {
      for (const token of tokens) masks.set(token, (masks.get(token) ?? 0) | (1 << field));
    });
    for (const [token, mask] of masks) {
      const list = postings.get(token);
      if (list) list.push({ doc: id, mask });
      else postings.set(token, [{ doc: id, mask }]);
    }
  });
  // Impact order: a query that reads only the first page sees the title and heading matches first. Within one
  // impact, documents rise, so the pages of two tokens overlap where documents match both.
  for (const list of postings.values())
    list.sort((a, b) => impactOf(b.mask) - impactOf(a.mask) || b.mask - a.mask || a.doc - b.doc);
  return postings;
}

function pagesOf(postings: Posting[], pageSize: number): Posting[][] {
  const pages: Posting[][] = [];
  for (let start = 0; start < postings.length; start += pageSize)
    pages.push(postings.slice(start, start + pageSize));
  return pages;
}

const contentHash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 10);
const nextPowerOfTwo = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

function storedSections(sections: SearchSection[]): StoredSection[] {
  return sections
    .slice(0, MAX_STORED_SECTIONS)
    .map((s) => [s.anchor, s.title, s.text.slice(0, SECTION_TEXT_CHARS)] satisfies StoredSection);
}

/** Build the static search index: a manifest, term shards, later postings pages and stored-document chunks. */
export function buildSearchIndex(documents: SearchDocument[], options: BuildOptions): IndexFiles {
  const { synonyms, pageSize, shardTarget, singleShardLimit, docChunkTarget } = {
    ...defaultBuildOptions,
    ...options,
  };
  const postings = collectPostings(documents);
  const encoded = new Map(
    [...postings].map(([token, list]) => [token, pagesOf(list, pageSize).map(encodePage)] as const),
  );
  const firstPagesSize = [...encoded].reduce(
    (sum, [token, pages]) => sum + token.length + JSON.stringify(pages[0]).length + 12,
    0,
  );
  const shardCount =
    shardTarget > 0 && firstPagesSize > singleShardLimit
      ? nextPowerOfTwo(Math.ceil(firstPagesSize / shardTarget))
      : 1;

  const shards = Array.from({ length: shardCount }, (): ShardFile => ({}));
  const laterPages = Array.from({ length: shardCount }, (): PageFile[] => []);
  for (const token of [...encoded.keys()].sort()) {
    const pages = encoded.get(token) ?? [];
    const k = shardOf(token, shardCount);
    const shard = shards[k] as ShardFile;
    shard[token] = [postings.get(token)?.length ?? 0, pages.length, pages[0] ?? []];
    const later = laterPages[k] as PageFile[];
    pages.slice(1).forEach((page, p) => {
      later[p] ??= {};
      (later[p] as PageFile)[token] = page;
    });
  }

  const files: IndexFiles = new Map();
  const add = (kind: string, text: string) => {
    const file = `${kind}.${contentHash(text)}.json`;
    files.set(file, text);
    return file;
  };
  const shardFiles = shards.map((shard, k) => add(`terms-${k}`, JSON.stringify(shard)));
  const pageFiles = laterPages.map((pages, k) =>
    pages.map((page, p) => add(`terms-${k}-page-${p + 1}`, JSON.stringify(page))),
  );

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

  const manifest: Manifest = {
    version: INDEX_VERSION,
    docCount: documents.length,
    pageSize,
    shardCount,
    shardFiles,
    pageFiles,
    docsPerChunk,
    docFiles,
    synonyms,
  };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  return files;
}
