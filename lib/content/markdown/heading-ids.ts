import GithubSlugger from "github-slugger";
import type { Heading, Root, Text } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";

/** An explicit anchor written at the end of a heading: `### 问题？ {#my-anchor}`. */
const explicitId = /\s*\{#([A-Za-z0-9][\w-]*)\}\s*$/;

export interface HeadingData {
  id: string;
  text: string;
}

/**
 * Give every heading a stable id. An explicit `{#id}` wins (and is removed from the text); otherwise the id is
 * the heading text made URL-safe by github-slugger, which keeps Chinese characters, so `## 常见问题` gets
 * `#常见问题` — the same anchor GitHub would give it.
 */
export default function remarkHeadingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, "heading", (node: Heading) => {
      let id: string | undefined;
      const last = node.children.at(-1);
      if (last?.type === "text") {
        const match = explicitId.exec(last.value);
        if (match) {
          id = match[1];
          (last as Text).value = last.value.slice(0, match.index);
          if ((last as Text).value === "") node.children.pop();
        }
      }
      const text = mdastToString(node).trim();
      id = id ?? slugger.slug(text);
      const data: HeadingData = { id, text };
      node.data = {
        ...node.data,
        hProperties: { ...(node.data?.hProperties ?? {}), id },
        heading: data,
      } as Heading["data"];
    });
  };
}

export function headingData(node: Heading): HeadingData | undefined {
  return (node.data as { heading?: HeadingData } | undefined)?.heading;
}
