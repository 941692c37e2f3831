import type { Definition, Image, Link, Root } from "mdast";
import { visit } from "unist-util-visit";
import { headingData } from "./heading-ids";

export interface BodyLink {
  url: string;
  /** 1-based line within the Markdown body. */
  line: number;
  kind: "link" | "image";
}

/** Every link and image address written in a body, including reference-style definitions. */
export function collectLinks(tree: Root): BodyLink[] {
  const links: BodyLink[] = [];
  visit(tree, (node) => {
    if (node.type === "link" || node.type === "definition" || node.type === "image") {
      const { url, position } = node as Link | Definition | Image;
      links.push({ url, line: position?.start.line ?? 1, kind: node.type === "image" ? "image" : "link" });
    }
  });
  return links;
}

export interface BodyHeading {
  id: string;
  text: string;
  depth: number;
  line: number;
}

/** Every heading with the id the heading-ids plugin gave it. */
export function collectHeadings(tree: Root): BodyHeading[] {
  const headings: BodyHeading[] = [];
  visit(tree, "heading", (node) => {
    const data = headingData(node);
    if (data) headings.push({ ...data, depth: node.depth, line: node.position?.start.line ?? 1 });
  });
  return headings;
}
