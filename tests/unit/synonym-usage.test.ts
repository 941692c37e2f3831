import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatWarning } from "@/lib/content/errors";
import { runSitePass } from "@/lib/site/pass";
import { article, writeTree } from "../support/content-tree";

describe("a synonym group that no article uses is flagged, since search can find nothing with it", () => {
  it("warns at the group's line and names its words, and the content still passes", () => {
    const root = writeTree({ "a.md": article("年报每年报送一次。ICP 证也要报。") });
    writeFileSync(
      path.join(root, "content", "synonyms.yaml"),
      "groups:\n  - [年报, 年检]\n  - [乌托邦, 理想国]\n  - [icp证, 经营许可]\n",
    );
    const { errors, warnings } = runSitePass({ root });
    expect(errors).toEqual([]);
    expect(warnings.map(formatWarning)).toEqual([
      'warning: content/synonyms.yaml:3 groups[1]: found ["乌托邦","理想国"], none of which any article uses, expected a group with at least one word the articles use (a query is expanded to these words) (add the word the articles use for it, or remove the group) [unused-synonyms]',
    ]);
  });
});
