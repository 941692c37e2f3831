import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authorErrorTable } from "@/lib/content/errors";

const read = (file: string) => readFileSync(path.join(process.cwd(), file), "utf8");
const readme = read("README.md");
const packageScripts = Object.keys(
  (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts,
);

/** The first cell of every row of the Markdown table that follows `heading`. */
function firstCells(text: string, heading: string): string[] {
  const after = text.slice(text.indexOf(heading));
  const table = /\n(\|[^\n]*\|\n\|[ -|]+\|\n(?:\|[^\n]*\|\n)+)/.exec(after)?.[1] ?? "";
  return table
    .split("\n")
    .slice(2)
    .filter(Boolean)
    .map((row) => row.split("|")[1]?.trim() ?? "");
}

describe("README is the short way in", () => {
  it("stays within 150 lines", () => {
    expect(readme.split("\n").length).toBeLessThanOrEqual(150);
  });

  it("lists every npm script in its table, and only scripts that exist", () => {
    const listed = firstCells(readme, "## Scripts").map((cell) => {
      const command = /^`npm (?:run )?([\w:-]+)`$/.exec(cell)?.[1];
      if (!command) throw new Error(`README's script table has a row that is not one script: ${cell}`);
      return command;
    });
    expect([...listed].sort()).toEqual([...packageScripts].sort());
  });

  it("links only to documentation pages that exist", () => {
    const links = [...readme.matchAll(/\]\((docs\/[^)#]+)\)/g)].map((m) => m[1] ?? "");
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((file) => !existsSync(path.join(process.cwd(), file)))).toEqual([]);
  });
});

describe("docs/editing.md explains every code the content check reports", () => {
  const editing = read("docs/editing.md");

  it("has one row per code of lib/content/errors.ts, with the same wording and fix", () => {
    const rows = editing
      .slice(editing.indexOf("### Every code"))
      .split("\n")
      .filter((line) => /^\| `[a-z0-9-]+` \|/.test(line));
    const expected = Object.entries(authorErrorTable).map(
      ([code, { wording, hint }]) => `| \`${code}\` | ${wording} | ${hint} |`,
    );
    expect(rows).toEqual(expected);
  });
});
