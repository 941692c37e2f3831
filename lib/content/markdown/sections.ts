import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import { stepsFromList } from "./list-steps";

/** A sanitized HTML tree, safe to render. */
export type Fragment = HastRoot;

export interface SectionHeading {
  id: string;
  text: string;
}

/** A titled entry of a section: a step, a pitfall or a question with its answer. */
export interface TitledItem {
  id: string;
  title: string;
  body: Fragment;
  /** Plain text of the body, for search and snippets. */
  text: string;
}

export interface ChecklistItem {
  body: Fragment;
  text: string;
}

export interface PrerequisitesBlock {
  kind: "prerequisites";
  heading: SectionHeading;
  lead: Fragment;
  items: ChecklistItem[];
}

/** Steps, pitfalls and FAQ share one shape: a heading, optional lead text, and titled entries. */
export interface TitledBlock {
  kind: "steps" | "pitfalls" | "faq";
  heading: SectionHeading;
  lead: Fragment;
  items: TitledItem[];
  /** Text after the steps when they are written as a numbered list (with ### entries it belongs to the last one). */
  after?: Fragment;
}

export type BodyBlock =
  | { kind: "prose"; heading?: SectionHeading; content: Fragment }
  | PrerequisitesBlock
  | TitledBlock
  | { kind: "footnotes"; content: Fragment };

export type SectionKind = "prerequisites" | "steps" | "pitfalls" | "faq";

/** The conventional `##` headings that are drawn out into typed parts. */
export const sectionHeadings: Record<SectionKind, string> = {
  prerequisites: "前提与材料",
  steps: "办理步骤",
  pitfalls: "常见误区",
  faq: "常见问题",
};

const kindByHeading = new Map(
  Object.entries(sectionHeadings).map(([kind, text]) => [text, kind as SectionKind]),
);

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

export interface SectionProblem {
  line: number;
  kind: "empty-section" | "h1-in-body" | "mixed-steps";
  found: string;
  expected: string;
}

export interface StructuredBody {
  blocks: BodyBlock[];
  toc: TocEntry[];
  problems: SectionProblem[];
  /** Anchors the body gets beyond its headings: one per step written as a numbered list (`step-1`, …). */
  anchors: { id: string; text: string; depth: number; line: number }[];
}

const isElement = (node: RootContent | ElementContent, tag?: string): node is Element =>
  node.type === "element" && (tag === undefined || node.tagName === tag);

const idOf = (node: Element) => String(node.properties.id ?? "");
const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;
/** A copy of (already sanitized) nodes without source positions, which readers never see and the store need not keep. */
function withoutPosition<T extends RootContent | ElementContent>(node: T): T {
  const { position: _, ...rest } = node;
  if (node.type === "element") return { ...rest, children: node.children.map(withoutPosition) } as T;
  return rest as T;
}
const fragment = (children: RootContent[]): Fragment => ({
  type: "root",
  children: children.map(withoutPosition),
});
/** The plain text of an HTML fragment, whitespace folded: for search and snippets. */
export const plainText = (fragment: HastRoot) => hastToString(fragment).replace(/\s+/g, " ").trim();
const textOf = (children: RootContent[]) => plainText({ type: "root", children });

/** Split `children` at each `tag` heading: content before the first one, then one group per heading. */
function splitAt(children: RootContent[], tag: "h2" | "h3") {
  const lead: RootContent[] = [];
  const groups: { heading: Element; children: RootContent[] }[] = [];
  for (const node of children) {
    if (isElement(node, tag)) groups.push({ heading: node, children: [] });
    else (groups.at(-1)?.children ?? lead).push(node);
  }
  return { lead, groups };
}

/**
 * Turn the sanitized HTML tree of an article body into typed blocks: prose, prerequisites as checklist items,
 * steps / pitfalls / FAQ as titled items, and footnotes.
 */
export function structureBody(tree: HastRoot, lineOffset: number): StructuredBody {
  const toc: TocEntry[] = [];
  const problems: SectionProblem[] = [];
  const anchors: StructuredBody["anchors"] = [];
  const blocks: BodyBlock[] = [];

  const children = tree.children.filter((node) => {
    if (isElement(node, "section") && node.properties.dataFootnotes !== undefined) {
      blocks.push({ kind: "footnotes", content: fragment([node]) });
      return false;
    }
    return true;
  });
  const footnotes = blocks.splice(0);

  for (const node of children) {
    if (isElement(node, "h1")) {
      problems.push({
        kind: "h1-in-body",
        line: lineOf(node) + lineOffset,
        found: `"# ${hastToString(node)}"`,
        expected: "## or deeper headings (the title comes from front matter)",
      });
    }
  }

  const { lead, groups } = splitAt(children, "h2");
  if (lead.length > 0) blocks.push({ kind: "prose", content: fragment(lead) });

  for (const group of groups) {
    const heading = { id: idOf(group.heading), text: hastToString(group.heading).trim() };
    toc.push({ ...heading, depth: 2 });
    const kind = kindByHeading.get(heading.text);
    const line = lineOf(group.heading) + lineOffset;

    if (kind === undefined) {
      for (const node of group.children) {
        if (isElement(node, "h3")) {
          toc.push({ id: idOf(node), text: hastToString(node).trim(), depth: 3 });
        }
      }
      blocks.push({ kind: "prose", heading, content: fragment([group.heading, ...group.children]) });
      continue;
    }

    if (kind === "prerequisites") {
      const lists = group.children.filter(
        (node): node is Element => isElement(node, "ul") || isElement(node, "ol"),
      );
      const items = lists.flatMap((list) =>
        list.children
          .filter((node): node is Element => isElement(node, "li"))
          .map((item) => {
            const content = item.children.filter((child) => !isElement(child, "input")) as RootContent[];
            return { body: fragment(content), text: textOf(content) };
          }),
      );
      if (items.length === 0) {
        problems.push({
          kind: "empty-section",
          line,
          found: `a "## ${heading.text}" section with no list items`,
          expected: "a bulleted list, one condition or document per item",
        });
      }
      const leadNodes = group.children.filter((node) => !lists.includes(node as Element));
      blocks.push({ kind, heading, lead: fragment(leadNodes), items });
      continue;
    }

    const parts = splitAt(group.children, "h3");
    const list = group.children.findIndex((node) => isElement(node, "ol"));
    if (kind === "steps" && parts.groups.length > 0 && parts.lead.some((node) => isElement(node, "ol"))) {
      problems.push({
        kind: "mixed-steps",
        line,
        found: `a "## ${heading.text}" section with both a numbered list and ### entries`,
        expected: "one form of steps: a numbered list (1. 2. 3.), or one ### heading per step",
      });
    }
    if (kind === "steps" && parts.groups.length === 0 && list !== -1) {
      // Steps as a numbered list: one step per item; text before the list leads in, text after it follows.
      const items = stepsFromList(group.children[list] as Element).map((step, index) => {
        const id = `step-${index + 1}`;
        anchors.push({ id, text: step.title, depth: 3, line: (step.line ?? 1) + lineOffset });
        return { id, title: step.title, body: fragment(step.body), text: textOf(step.body) };
      });
      const after = group.children.slice(list + 1);
      blocks.push({
        kind,
        heading,
        lead: fragment(group.children.slice(0, list)),
        items,
        ...(after.length > 0 ? { after: fragment(after) } : {}),
      });
      continue;
    }
    const items = parts.groups.map((part) => {
      const id = idOf(part.heading);
      return {
        id,
        title: hastToString(part.heading).trim(),
        body: fragment(part.children),
        text: textOf(part.children),
      };
    });
    if (items.length === 0) {
      problems.push({
        kind: "empty-section",
        line,
        found: `a "## ${heading.text}" section with no ${kind === "steps" ? "steps" : "### entries"}`,
        expected:
          kind === "steps"
            ? "a numbered list (1. 2. 3.), or one ### heading per step followed by its text"
            : "one ### heading per entry, followed by its text",
      });
    }
    blocks.push({ kind, heading, lead: fragment(parts.lead), items });
  }

  blocks.push(...footnotes);
  return { blocks, toc, problems, anchors };
}
