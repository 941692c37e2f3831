import type { Nodes, Root } from "mdast";
import { visit } from "unist-util-visit";

/** The words of one paragraph (or table cell) as written, with the file line it starts on. */
export interface BodyParagraph {
  /** 1-based line within the Markdown body. */
  line: number;
  /** The text readers see, line breaks kept where the source breaks lines, so a position in it maps to a line. */
  text: string;
  /**
   * Where link text is in `text`, as [start, end) offsets: it names another page or a source (a one-line
   * cross-reference is mostly the title of its target), so checks of this article's own wording leave it out.
   */
  links: [number, number][];
}

/**
 * Every paragraph and table cell of a body, in order, with its line: the prose that checks across articles read
 * (lib/content/near-copies.ts). Headings and code blocks are not prose; images and raw HTML have no words here.
 */
export function collectParagraphs(tree: Root): BodyParagraph[] {
  const paragraphs: BodyParagraph[] = [];
  visit(tree, (node) => {
    if (node.type !== "paragraph" && node.type !== "tableCell") return;
    let text = "";
    const links: [number, number][] = [];
    const add = (child: Nodes) => {
      if (child.type === "text" || child.type === "inlineCode") text += child.value;
      else if (child.type === "break") text += "\n";
      else if (child.type === "link" || child.type === "linkReference") {
        const start = text.length;
        for (const grandchild of child.children) add(grandchild);
        if (text.length > start) links.push([start, text.length]);
      } else if ("children" in child) {
        for (const grandchild of child.children) add(grandchild as Nodes);
      }
    };
    for (const child of node.children) add(child);
    if (text.trim() !== "") paragraphs.push({ line: node.position?.start.line ?? 1, text, links });
    return "skip";
  });
  return paragraphs;
}
