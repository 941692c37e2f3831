import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "../../scripts/compile-hints";

describe("compile hints on client chunks", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "chunks-"));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "a.js"), "self.a=1;");
  writeFileSync(path.join(dir, "b.css"), "body{}");

  it("puts the hint first in every script and leaves other files alone", () => {
    expect(addCompileHints(dir)).toBe(1);
    expect(readFileSync(path.join(dir, "a.js"), "utf8")).toBe(`${COMPILE_HINT}self.a=1;`);
    expect(readFileSync(path.join(dir, "b.css"), "utf8")).toBe("body{}");
  });

  it("adds it once, however often the build runs", () => {
    expect(addCompileHints(dir)).toBe(0);
    expect(readFileSync(path.join(dir, "a.js"), "utf8")).toBe(`${COMPILE_HINT}self.a=1;`);
  });

  it("does nothing where there is no build", () => {
    expect(addCompileHints(path.join(dir, "missing"))).toBe(0);
  });
});
