import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatAuthorError } from "@/lib/content/errors";
import { runSitePass } from "@/lib/site/pass";

const projectRoot = process.cwd();

/** A copy of the real content/ and public/, to be edited the way an editor would. */
function copyOfContent(): string {
  const root = mkdtempSync(path.join(tmpdir(), "featured-"));
  cpSync(path.join(projectRoot, "content"), path.join(root, "content"), { recursive: true });
  cpSync(path.join(projectRoot, "public"), path.join(root, "public"), { recursive: true });
  return root;
}

const featuredErrors = (root: string) =>
  runSitePass({ root })
    .errors.filter((error) => error.file === "content/featured.yaml")
    .map(formatAuthorError);

describe("pages feature articles by name in content/featured.yaml, and a rename cannot drop them silently", () => {
  it("passes on the real content: every featured slug is a published article", () => {
    expect(featuredErrors(projectRoot)).toEqual([]);
  });

  it("fails the check at the place that features an article once its file is renamed, naming the new slug", () => {
    const root = copyOfContent();
    const articles = path.join(root, "content", "articles");
    const moved = path.join(articles, "licence-renewal-guide.md");
    renameSync(path.join(articles, "value-added-licence-renewal.md"), moved);
    // The editor keeps the old address alive, as the guide says; the featured entry still needs its new name.
    const text = readFileSync(moved, "utf8");
    writeFileSync(moved, text.replace(/^redirectFrom: \[/m, "redirectFrom: [value-added-licence-renewal, "));

    const errors = featuredErrors(root);
    expect(errors).toContain(
      'content/featured.yaml:5 home: found "value-added-licence-renewal", expected the slug of a published article (the home page and the 404 page feature it) (renamed to "licence-renewal-guide", which lists "value-added-licence-renewal" in redirectFrom) [unknown-featured]',
    );
    expect(errors).toContain(
      'content/featured.yaml:9 searchFallback[0]: found "value-added-licence-renewal", expected the slug of a published article (/search offers it when nothing is found) (renamed to "licence-renewal-guide", which lists "value-added-licence-renewal" in redirectFrom) [unknown-featured]',
    );
  });

  it("does not report a featured article again when its own file has an error", () => {
    const root = copyOfContent();
    const file = path.join(root, "content", "articles", "annual-report-guide.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^updated: .*$/m, "updated: 2025-13-45"));
    const { errors } = runSitePass({ root });
    expect(errors.map(formatAuthorError)).toEqual([
      'content/articles/annual-report-guide.md:8 updated: found "2025-13-45", expected a real calendar date [invalid-field]',
    ]);
  });

  it("suggests the nearest slug for a typing mistake", () => {
    const root = copyOfContent();
    const file = path.join(root, "content", "featured.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("citationNotes: citation-notes", "citationNotes: citation-note"),
    );
    expect(featuredErrors(root)).toEqual([
      'content/featured.yaml:14 citationNotes: found "citation-note", expected the slug of a published article (every article\'s sources link to it) (did you mean "citation-notes"?) [unknown-featured]',
    ]);
  });
});
