import { describe, expect, it } from "vitest";
import { parseFlightRows, readInlineFlight, serializeFlightRows } from "../../scripts/flight";
import { lightenInlinePayload } from "../../scripts/inline-payload";

/** A page as Next writes one: markup, then its payload in `self.__next_f.push` scripts (split anywhere). */
function page(markup: string, payload: string, splitAt = 40): string {
  const chunks = [payload.slice(0, splitAt), payload.slice(splitAt)];
  return `<!DOCTYPE html><html><body>${markup}<script>(self.__next_f=self.__next_f||[]).push([0])</script>${chunks
    .map((c) => `<script>self.__next_f.push(${JSON.stringify([1, c]).replace(/</g, "\\u003c")})</script>`)
    .join("")}</body></html>`;
}

const prose = "<p>续期申请应当在届满前 90 日提出。</p>";
// A text row has a byte length instead of a line end: the next row follows it directly.
const payload =
  '1:I[7,["/_next/static/chunks/a.js"],"StaticHtml"]\n' +
  `2:T${Buffer.byteLength(prose).toString(16)},${prose}` +
  '0:["$","main",null,{"children":[["$","$L1",null,{"html":"$2","htmlKey":"k1","className":"prose"}],' +
  `["$","$L1",null,{"html":"<ul><li>短</li></ul>","htmlKey":"k2"}],` +
  '["$","script",null,{"type":"application/ld+json","dangerouslySetInnerHTML":{"__html":"{\\"@type\\":\\"Article\\"}"}}]]}]\n';
const markup =
  `<main><div class="prose" data-html="k1">${prose}</div><ul data-html="k2"><li>短</li></ul>` +
  '<script type="application/ld+json">{"@type":"Article"}</script></main>';

describe("a page's inline data without what its markup holds", () => {
  it("reads the payload across its scripts, text rows by their byte length, and writes it back unchanged", () => {
    const { bytes, scripts } = readInlineFlight(page(markup, payload));
    expect(scripts).toHaveLength(2);
    expect(bytes.toString()).toBe(payload);
    const rows = parseFlightRows(bytes);
    expect(rows.map((row) => `${row.id}:${row.tag}`)).toEqual(["1:I", "2:T", "0:"]);
    expect(serializeFlightRows(rows).toString()).toBe(payload);
  });

  it("blanks the HTML of static blocks and the JSON-LD text, drops the text row nothing refers to any more", () => {
    const lightened = lightenInlinePayload(page(markup, payload));
    expect(lightened).toMatchObject({ blocks: 2, structuredData: 1 });
    expect(lightened.savedBytes).toBeGreaterThan(0);
    const { bytes, scripts } = readInlineFlight(lightened.html);
    expect(scripts).toHaveLength(1);
    const rows = parseFlightRows(bytes);
    expect(rows.map((row) => row.id)).toEqual(["1", "0"]);
    const tree = JSON.parse(rows[1]?.body.toString() ?? "null");
    expect(tree[3].children[0][3]).toEqual({ html: "", htmlKey: "k1", className: "prose" });
    expect(tree[3].children[1][3].html).toBe("");
    expect(tree[3].children[2][3].dangerouslySetInnerHTML.__html).toBe("");
    // The markup is untouched.
    expect(lightened.html).toContain(markup);
  });

  it("fails when the markup holds a block the payload does not name (Next's format changed)", () => {
    expect(() =>
      lightenInlinePayload(page(`${markup}<div data-html="k3"></div>`, payload), "a.html"),
    ).toThrow(
      /a\.html: the markup holds 3 static HTML blocks and 1 JSON-LD scripts, the inline page data 2 and 1/,
    );
  });
});
