import { quote } from "../errors";
import { lineOf } from "../parsed-file";
import { didYouMean } from "../suggest";
import type { ArticleCheck } from "./check";

/** A reader question that names an anchor names a heading of the same article. */
export const questionAnchors: ArticleCheck = {
  name: "question anchors",
  run(parsed) {
    const anchors = [...new Set((parsed.body?.headings ?? []).map((h) => h.id))];
    return (parsed.front?.questions ?? []).flatMap((question, index) =>
      question.anchor === undefined || anchors.includes(question.anchor)
        ? []
        : [
            {
              code: "broken-anchor" as const,
              line: lineOf(parsed, `questions[${index}].anchor`),
              field: `questions[${index}].anchor`,
              found: quote(question.anchor),
              expected: "the anchor of a heading in this article",
              hint: didYouMean(question.anchor, anchors),
            },
          ],
    );
  },
};
