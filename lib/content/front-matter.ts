import matter from "gray-matter";
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";

export type FieldPath = readonly (string | number)[];

export interface SplitFile {
  /** True when the file opens with a `---` front matter block. */
  hasFrontMatter: boolean;
  /** The raw YAML text; its line n is line n of the file. */
  yaml: string;
  /** The Markdown body. */
  body: string;
  /** How many file lines come before the body's first line. */
  bodyLineOffset: number;
}

/**
 * Split a file into front matter and body with gray-matter. Parsing is left to `yaml`, whose parse tree
 * knows the line of every key, so errors can name real lines instead of guessed ones.
 */
export function splitFrontMatter(text: string): SplitFile {
  const file = matter(text, { engines: { yaml: { parse: () => ({}) } } });
  const hasFrontMatter = /^---[ \t]*\n/.test(text);
  const prefix = text.slice(0, text.length - file.content.length);
  return {
    hasFrontMatter,
    yaml: file.matter,
    body: file.content,
    bodyLineOffset: prefix.split("\n").length - 1,
  };
}

export interface YamlProblem {
  line: number;
  message: string;
}

export interface ParsedYaml {
  data: unknown;
  problems: YamlProblem[];
  /** The line of the deepest node along `path` that exists; a missing key points at its parent (or line 1). */
  lineOf(path: FieldPath): number;
  /** True when the key at `path` is written in the YAML. */
  has(path: FieldPath): boolean;
}

/** Parse front matter YAML, keeping the line of every node. */
export function parseYaml(source: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const problems = doc.errors.map((error) => ({
    line: lineAt(error.pos[0]),
    message: error.message.split("\n")[0] ?? error.message,
  }));

  function walk(path: FieldPath): { line: number; found: boolean } {
    let node: unknown = doc.contents;
    let line = 1;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
        if (!pair) return { line, found: false };
        const key = pair.key as Node;
        if (key.range) line = lineAt(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment] as Node | undefined;
        if (!item) return { line, found: false };
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else {
        return { line, found: false };
      }
    }
    return { line, found: true };
  }

  return {
    data: problems.length > 0 ? undefined : doc.toJS(),
    problems,
    lineOf: (path) => walk(path).line,
    has: (path) => walk(path).found,
  };
}
