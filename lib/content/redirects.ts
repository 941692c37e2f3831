import { routes } from "../routes";
import { type AuthorError, quote } from "./errors";

/** What the redirect check needs of one article. */
export interface RedirectingArticle {
  slug: string;
  file: string;
  redirectFrom: string[];
  /** The front matter line of a field path, for error messages. */
  lineOf: (path: readonly (string | number)[]) => number;
}

/**
 * A renamed article keeps its old addresses alive through `redirectFrom`. Each old slug must be free (no article is
 * published there, or the redirect would hide it), named once across the site (else the old address would have two
 * targets), and must not lead into another redirect (readers and crawlers should reach the article in one hop).
 */
export function checkRedirects(
  articles: readonly RedirectingArticle[],
  /** Every article file by slug, including those whose front matter failed (their slug is live all the same). */
  filesBySlug: ReadonlyMap<string, string>,
): AuthorError[] {
  const errors: AuthorError[] = [];
  const live = new Map<string, Pick<RedirectingArticle, "file" | "redirectFrom">>(
    [...filesBySlug].map(([slug, file]) => [slug, { file, redirectFrom: [] }]),
  );
  for (const article of articles) live.set(article.slug, article);
  const firstClaim = new Map<string, { file: string; line: number }>();

  for (const article of articles) {
    article.redirectFrom.forEach((old, index) => {
      const at = {
        file: article.file,
        line: article.lineOf(["redirectFrom", index]),
        field: `redirectFrom[${index}]`,
      };
      const target = live.get(old);
      if (target === article) {
        errors.push({
          ...at,
          code: "redirect-to-live",
          found: `${quote(old)}, this article's own slug`,
          expected: "an old slug the article was published under before it was renamed",
        });
      } else if (target && target.redirectFrom.length > 0) {
        errors.push({
          ...at,
          code: "redirect-chain",
          found: `${quote(old)}, the live article ${target.file}, itself redirected from ${target.redirectFrom.map((s) => quote(s)).join(", ")}`,
          expected: `an old slug no article uses; move ${target.file}'s old slugs here too if it was merged into this one`,
        });
      } else if (target) {
        errors.push({
          ...at,
          code: "redirect-to-live",
          found: `${quote(old)}, the slug of the published article ${target.file}`,
          expected: "an old slug no article uses (a redirect would hide that article)",
        });
      }
      const first = firstClaim.get(old);
      if (first) {
        errors.push({
          ...at,
          code: "duplicate-redirect",
          found: `${quote(old)} again (first in ${first.file}:${first.line})`,
          expected: "each old slug in one redirectFrom list, once",
        });
      } else firstClaim.set(old, { file: at.file, line: at.line });
    });
  }
  return errors;
}

/** One permanent redirect per old slug, in the shape next.config's redirects() returns. */
export function articleRedirects(articles: readonly { slug: string; redirectFrom: string[] }[]) {
  return articles.flatMap((article) =>
    article.redirectFrom.map((old) => ({
      source: routes.article(old),
      destination: routes.article(article.slug),
      permanent: true,
    })),
  );
}
