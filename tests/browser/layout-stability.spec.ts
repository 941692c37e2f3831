import { expect, test } from "@playwright/test";
import { layoutShiftOfSearch } from "../support/layout-shift";

// Under `next start` the results are in the page's HTML (the export's client-side search is checked in
// export-smoke.spec.ts): hydrating the page, its search box and the results must not move them.
test("the search page, served with its results in the HTML, moves nothing on screen as it loads", async ({
  page,
}) => {
  // Lighthouse's "good" threshold for cumulative layout shift is 0.1; the site's budget is 0.05.
  expect(await layoutShiftOfSearch(page, "年报")).toBeLessThanOrEqual(0.05);
});
