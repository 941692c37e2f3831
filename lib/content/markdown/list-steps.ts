import type { Element, ElementContent, RootContent } from "hast";
import { toString as hastToString } from "hast-util-to-string";

/** One step read from an ordered-list item: its title and the nodes of its detail. */
export interface ListStep {
  title: string;
  body: RootContent[];
  line?: number;
}

const blockTags = new Set(["p", "ul", "ol", "table", "blockquote", "pre", "div", "hr", "h4", "h5", "h6"]);
const isElement = (node: ElementContent | RootContent, tag?: string): node is Element =>
  node.type === "element" && (tag === undefined || node.tagName === tag);
/** Punctuation between a bold lead and the rest of its line: "**登录系统**：进入……". */
const leadSeparator = /^[\s：:，,。.、—–-]+/;

function trimStart(nodes: ElementContent[]): ElementContent[] {
  const [first, ...rest] = nodes;
  if (first?.type !== "text") return nodes;
  const value = first.value.replace(leadSeparator, "");
  return value === "" ? trimStart(rest) : [{ ...first, value }, ...rest];
}

/** Split inline nodes at the first line break: the title's nodes, then the rest of the paragraph. */
function splitFirstLine(inline: ElementContent[]): [ElementContent[], ElementContent[]] {
  for (let i = 0; i < inline.length; i++) {
    const node = inline[i];
    if (node?.type !== "text" || !node.value.includes("\n")) continue;
    const cut = node.value.indexOf("\n");
    const before = node.value.slice(0, cut);
    const after = node.value.slice(cut + 1);
    return [
      [...inline.slice(0, i), ...(before ? [{ ...node, value: before }] : [])],
      [...(after ? [{ ...node, value: after }] : []), ...inline.slice(i + 1)],
    ];
  }
  return [inline, []];
}

/**
 * The steps of an ordered list, one per item, the way editors usually write steps: the item's bold lead is its
 * title (`1. **登录系统**：……`), otherwise its first line; the rest of the item is the step's detail.
 */
export function stepsFromList(list: Element): ListStep[] {
  return list.children
    .filter((node) => isElement(node, "li"))
    .map((item) => {
      const children = (item as Element).children.filter(
        (c) => !(c.type === "text" && c.value.trim() === ""),
      );
      // A loose item starts with a paragraph; a tight one with inline nodes up to the first block.
      const [first] = children;
      const opensWithParagraph = first !== undefined && isElement(first, "p");
      const firstBlock = children.findIndex((c) => isElement(c) && blockTags.has(c.tagName));
      const inline = opensWithParagraph
        ? (first as Element).children
        : children.slice(0, firstBlock === -1 ? children.length : firstBlock);
      const blocks = opensWithParagraph
        ? children.slice(1)
        : firstBlock === -1
          ? []
          : children.slice(firstBlock);

      const [lead] = inline;
      const [titleNodes, restInline] =
        lead && isElement(lead, "strong") ? [[lead], trimStart(inline.slice(1))] : splitFirstLine(inline);
      const title = titleNodes
        .map((node) => hastToString(node))
        .join("")
        .trim();
      const restParagraph = restInline.some((n) => n.type !== "text" || n.value.trim() !== "")
        ? [{ type: "element", tagName: "p", properties: {}, children: restInline } as Element]
        : [];
      return { title, body: [...restParagraph, ...blocks] as RootContent[], line: item.position?.start.line };
    });
}
