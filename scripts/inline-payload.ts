/**
 * A prerendered page carries its React Server Components payload twice over: once as the markup the reader sees and
 * once as inline data (`self.__next_f.push`) from which React hydrates the page. Hydration never reads the text of
 * an element whose HTML is set as a string (`dangerouslySetInnerHTML`): it keeps what the markup holds. So the
 * inline data need not carry that text again, and Next has no setting to leave it out. After `next build` this
 * blanks, in every prerendered page's inline data (never in the route data a client navigation fetches):
 * - the HTML of <StaticHtml> blocks (article prose, lists of articles), which take it from the markup on the first
 *   render;
 * - the text of JSON-LD structured data (for search engines, which read the markup; nothing on the page reads it).
 * Each page is checked: every static HTML block and JSON-LD script in the markup must be found in the data, or the
 * build fails (a change in Next's payload format must not pass silently).
 */
import {
  asElement,
  clientComponentNames,
  type FlightRow,
  flightReferences,
  type Json,
  parseFlightRows,
  readInlineFlight,
  rowJson,
  serializeFlightRows,
  writeInlineFlight,
} from "./flight";

/** The client component whose `html` prop hydration takes from the markup (components/StaticHtml.tsx). */
export const STATIC_HTML_COMPONENT = "StaticHtml";

export type Lightened = { html: string; blocks: number; structuredData: number; savedBytes: number };

const textRef = (value: Json | undefined) =>
  typeof value === "string" ? /^\$([0-9a-f]+)$/.exec(value)?.[1] : undefined;

/** Counts of what a page's markup holds that its inline data may leave out. */
function markupCounts(html: string): { blocks: number; structuredData: number } {
  const withoutInlineData = html.replace(/<script>self\.__next_f\.push\([\s\S]*?\)<\/script>/g, "");
  return {
    blocks: withoutInlineData.match(/<[a-z]+\b[^>]*\bdata-html="/g)?.length ?? 0,
    structuredData: withoutInlineData.match(/<script type="application\/ld\+json"/g)?.length ?? 0,
  };
}

export function lightenInlinePayload(html: string, page = "page"): Lightened {
  const { bytes } = readInlineFlight(html);
  if (bytes.length === 0) return { html, blocks: 0, structuredData: 0, savedBytes: 0 };
  const rows = parseFlightRows(bytes);
  const names = clientComponentNames(rows);
  const isStaticHtml = (type: string) =>
    names.get(/^\$L([0-9a-f]+)$/.exec(type)?.[1] ?? "") === STATIC_HTML_COMPONENT;
  const released = new Set<string>();
  let blocks = 0;
  let structuredData = 0;

  /** Blanks served HTML inside `value`; true when it changed anything. */
  const blank = (value: Json): boolean => {
    if (!value || typeof value !== "object") return false;
    let changed = false;
    const element = asElement(value);
    if (element && isStaticHtml(element.type)) {
      blocks++;
      const ref = textRef(element.props.html);
      if (ref) released.add(ref);
      if (element.props.html !== "") changed = true;
      element.props.html = "";
    } else if (element?.type === "script" && element.props.type === "application/ld+json") {
      structuredData++;
      const inner = element.props.dangerouslySetInnerHTML as { __html?: Json } | undefined;
      if (inner && inner.__html !== "") {
        const ref = textRef(inner.__html);
        if (ref) released.add(ref);
        inner.__html = "";
        changed = true;
      }
    }
    for (const item of Array.isArray(value) ? value : Object.values(value)) changed = blank(item) || changed;
    return changed;
  };

  // Each row's JSON is parsed once: blanking changes it in place, and the references are read from the result.
  const values = rows.map(rowJson);
  const rewritten: FlightRow[] = rows.map((row, i) => {
    const value = values[i] ?? null;
    if (value === null || !blank(value)) return row;
    return { ...row, body: Buffer.from(JSON.stringify(value)) };
  });
  const stillReferenced = new Set(values.flatMap((value) => flightReferences(value ?? null)));
  const kept = rewritten.filter(
    (row) => !(row.lengthPrefixed && released.has(row.id) && !stillReferenced.has(row.id)),
  );

  const expected = markupCounts(html);
  if (expected.blocks !== blocks || expected.structuredData !== structuredData)
    throw new Error(
      `${page}: the markup holds ${expected.blocks} static HTML blocks and ${expected.structuredData} JSON-LD scripts, ` +
        `the inline page data ${blocks} and ${structuredData}. Has Next changed how it writes page data? ` +
        "See scripts/inline-payload.ts.",
    );
  const lightened = writeInlineFlight(html, serializeFlightRows(kept));
  return {
    html: lightened,
    blocks,
    structuredData,
    savedBytes: Buffer.byteLength(html) - Buffer.byteLength(lightened),
  };
}
