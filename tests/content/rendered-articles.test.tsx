import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleBody } from "@/components/ArticleBody";
import { loadContent } from "@/lib/content/load";

/**
 * The HTML readers get for every real article body, compared with tests/content/__snapshots__/. A change to the
 * Markdown pipeline that alters readers' HTML fails here, so it is reviewed on purpose. After an intended change
 * (or an edit to an article), regenerate with `npm run test:snapshots -- -u` and read the diff before committing.
 */
const { articles } = loadContent({ root: process.cwd() });

describe("every real article renders the HTML it rendered when the snapshot was taken", () => {
  for (const article of articles) {
    it(article.slug, () => {
      const html = renderToStaticMarkup(<ArticleBody blocks={article.blocks} slug={article.slug} />);
      expect(html.replace(/></g, ">\n<")).toMatchSnapshot();
    });
  }
});
