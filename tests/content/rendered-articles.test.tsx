import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleBody } from "@/components/ArticleBody";
import { runSitePass } from "@/lib/site/pass";

/**
 * The HTML readers get for every real article body, compared with tests/content/__snapshots__/. A change to the
 * Markdown pipeline that alters readers' HTML fails here, so it is reviewed on purpose. After an intended change
 * (or an edit to an article), regenerate with `npm run test:snapshots -- -u` and read the diff before committing.
 */
const { articles } = runSitePass({ root: process.cwd() });

/** Links in a body prefetch through Next's router; rendered here outside Next, they get one that does nothing. */
const noRouter = {
  bfcacheId: "test",
  back() {},
  forward() {},
  refresh() {},
  hmrRefresh() {},
  push() {},
  replace() {},
  prefetch() {},
};

describe("every real article renders the HTML it rendered when the snapshot was taken", () => {
  for (const article of articles) {
    it(article.slug, () => {
      const html = renderToStaticMarkup(
        <AppRouterContext.Provider value={noRouter}>
          <ArticleBody blocks={article.blocks} slug={article.slug} />
        </AppRouterContext.Provider>,
      );
      expect(html.replace(/></g, ">\n<")).toMatchSnapshot();
    });
  }
});
