import type { Element } from "hast";
import type { CoverageRow } from "@/lib/coverage";
import { elementsHtml, h, htmlKey } from "@/lib/render/html";
import { StaticHtml } from "./StaticHtml";

/**
 * One licence's stages as a definition list: each stage, then the articles or sections that answer it (most
 * specific first), or a note that none does yet with a link to every article of the stage. Static markup set as
 * HTML (see <StaticHtml>): the coverage map repeats it for every licence, and a page carries it once.
 */
export function licenceStagesTree(row: CoverageRow, moreHref: string): Element {
  return h(
    "dl",
    { className: ["licence-stages"] },
    row.cells.map(({ stage, answers, more }) =>
      h("div", { className: ["licence-stage"] }, [
        h("dt", {}, [stage.label]),
        h("dd", {}, [
          answers.length > 0
            ? h("ul", { className: ["licence-stage-answers"] }, [
                ...answers.map((answer) =>
                  h("li", {}, [
                    h("a", { href: answer.href }, [
                      answer.title,
                      answer.section
                        ? h("span", { className: ["licence-stage-section"] }, [`“${answer.section}”一节`])
                        : undefined,
                    ]),
                  ]),
                ),
                more > 0
                  ? h("li", {}, [
                      h("a", { href: moreHref, className: ["licence-stage-more"] }, [`另有 ${more} 篇`]),
                    ])
                  : undefined,
              ])
            : h("p", { className: ["licence-stage-empty"] }, [
                "本站还没有专门说明。",
                h("a", { href: stage.href }, [`全部“${stage.hrefLabel}”文章`]),
              ]),
        ]),
      ]),
    ),
  );
}

export function LicenceStages({ row, moreHref }: { row: CoverageRow; moreHref: string }) {
  const html = elementsHtml([licenceStagesTree(row, moreHref)]);
  return <StaticHtml html={html} htmlKey={htmlKey(html)} />;
}
