/**
 * The React Server Components payload ("flight" data) as Next writes it into a page: read, split into rows and
 * written back. Used to measure a page by part (scripts/page-weight.ts) and to leave out of a page's inline payload
 * what its markup already holds (scripts/inline-payload.ts).
 *
 * A page carries its payload in `<script>self.__next_f.push([1,"…"])</script>` tags (`[3,"<base64>"]` for bytes
 * that are not text), after `(self.__next_f=self.__next_f||[]).push([0])`. The payload is a list of rows
 * `<hex id>:<tag?><body>`: most rows are one line of JSON; a text row `T<hex byte length>,<text>` (and the typed-array
 * rows React writes the same way) has a length instead of a line end.
 */

/** React Flight's length-prefixed row tags (text and typed arrays): `id:<tag><hex length>,<bytes>`. */
const lengthPrefixedTags = new Set("TAOoUSsLlGgMmVb".split(""));

export type FlightRow = {
  /** Hex id; empty for hint rows (`:HL[…]`). */
  id: string;
  /** `T` for text, `I` for a client module reference, `HL` for a hint, "" for a plain JSON row. */
  tag: string;
  body: Buffer;
  lengthPrefixed: boolean;
};

export function parseFlightRows(bytes: Buffer): FlightRow[] {
  const rows: FlightRow[] = [];
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) throw new Error(`Unreadable payload row at byte ${at}`);
    const id = bytes.subarray(at, colon).toString("latin1");
    const tag = String.fromCharCode(bytes[colon + 1] ?? 0);
    const comma = bytes.indexOf(0x2c, colon);
    const hex = comma > colon + 2 ? bytes.subarray(colon + 2, comma).toString("latin1") : "";
    if (lengthPrefixedTags.has(tag) && /^[0-9a-f]+$/.test(hex)) {
      const length = Number.parseInt(hex, 16);
      rows.push({ id, tag, body: bytes.subarray(comma + 1, comma + 1 + length), lengthPrefixed: true });
      at = comma + 1 + length;
      continue;
    }
    const end = bytes.indexOf(0x0a, colon);
    const line = bytes.subarray(colon + 1, end < 0 ? bytes.length : end);
    const letters = /^[A-Z]*/.exec(line.toString("latin1", 0, Math.min(line.length, 4)))?.[0] ?? "";
    rows.push({ id, tag: letters, body: line.subarray(letters.length), lengthPrefixed: false });
    at = end < 0 ? bytes.length : end + 1;
  }
  return rows;
}

export function serializeFlightRows(rows: FlightRow[]): Buffer {
  return Buffer.concat(
    rows.map((row) =>
      row.lengthPrefixed
        ? Buffer.concat([Buffer.from(`${row.id}:${row.tag}${row.body.length.toString(16)},`), row.body])
        : Buffer.concat([Buffer.from(`${row.id}:${row.tag}`), row.body, Buffer.from("\n")]),
    ),
  );
}

const pushScript = /<script>self\.__next_f\.push\((\[[13],"(?:[^"\\]|\\.)*"\])\)<\/script>/g;

/** The payload a page carries inline, and where its scripts are in the HTML. */
export function readInlineFlight(html: string): { bytes: Buffer; scripts: { start: number; end: number }[] } {
  const chunks: Buffer[] = [];
  const scripts: { start: number; end: number }[] = [];
  for (const match of html.matchAll(pushScript)) {
    const [kind, data] = JSON.parse(match[1] ?? "[]") as [number, string];
    chunks.push(kind === 1 ? Buffer.from(data) : Buffer.from(data, "base64"));
    scripts.push({ start: match.index, end: match.index + match[0].length });
  }
  return { bytes: Buffer.concat(chunks), scripts };
}

/** As Next escapes the payload for a script tag (next/dist/shared/lib/htmlescape). */
const htmlEscapeJson = (json: string) =>
  json.replace(/[&><\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** The page with its inline payload replaced by `bytes`, in one script where the first one was. */
export function writeInlineFlight(html: string, bytes: Buffer): string {
  const { scripts } = readInlineFlight(html);
  const first = scripts[0];
  if (!first) return html;
  const script = `<script>self.__next_f.push(${htmlEscapeJson(JSON.stringify([1, bytes.toString()]))})</script>`;
  let out = html.slice(0, first.start) + script;
  scripts.forEach((current, index) => {
    out += html.slice(current.end, scripts[index + 1]?.start ?? html.length);
  });
  return out;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Row ids a payload value refers to ("$L1f", "$@5", "$Q3", "$2"…). */
export function flightReferences(value: Json, out: string[] = []): string[] {
  if (typeof value === "string") {
    const ref = /^\$[@LQWFKBTlhY]?([0-9a-f]+)$/.exec(value);
    if (ref?.[1]) out.push(ref[1]);
  } else if (Array.isArray(value)) for (const item of value) flightReferences(item, out);
  else if (value && typeof value === "object")
    for (const item of Object.values(value)) flightReferences(item, out);
  return out;
}

/** The JSON of a plain or module-reference row; null for other rows. */
export function rowJson(row: FlightRow): Json {
  if (row.lengthPrefixed || (row.tag !== "" && row.tag !== "I")) return null;
  try {
    return JSON.parse(row.body.toString()) as Json;
  } catch {
    return null;
  }
}

/** A React element in the payload: `["$", type, key, props]`. */
export function asElement(value: Json): { type: string; props: Record<string, Json> } | undefined {
  if (!Array.isArray(value) || value[0] !== "$" || typeof value[1] !== "string") return undefined;
  const props = value[3];
  if (!props || typeof props !== "object" || Array.isArray(props)) return undefined;
  return { type: value[1], props };
}

/** Client component names by module-reference row id (`2d:I[50931,[…],"StaticHtmlLinks"]`, names may be aliased). */
export function clientComponentNames(rows: FlightRow[]): Map<string, string> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const names = new Map<string, string>();
  for (const row of rows) {
    if (row.tag !== "I") continue;
    const value = rowJson(row);
    if (!Array.isArray(value)) continue;
    let name = String(value[2] ?? "default");
    const alias = /^\$([0-9a-f]+)$/.exec(name)?.[1];
    const target = alias ? byId.get(alias) : undefined;
    if (target) name = String(rowJson(target));
    names.set(row.id, name);
  }
  return names;
}
