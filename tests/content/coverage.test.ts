import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { coverageMap } from "@/lib/coverage";

const { articles, taxonomy } = loadContent({ root: process.cwd() });
const map = coverageMap(articles, taxonomy);

/** The stages every value-added licence must have an answer for. */
const required = ["renewal", "annual-report", "change"];

describe("the coverage map of the published content", () => {
  it("answers every required stage for every value-added (B1, B2) licence", () => {
    const valueAdded = map.rows.filter((row) => row.licence.class === "b1" || row.licence.class === "b2");
    expect(valueAdded.map((row) => row.licence.code)).toEqual([
      "B11",
      "B12",
      "B13",
      "B14",
      "B21",
      "B22",
      "B23",
      "B24",
      "B25",
      "B26",
    ]);
    const empty = valueAdded.flatMap((row) =>
      row.cells
        .filter((cell) => required.includes(cell.stage.id) && cell.answers.length === 0)
        .map((cell) => `${row.licence.code} ${cell.stage.label}`),
    );
    expect(empty).toEqual([]);
  });
});
