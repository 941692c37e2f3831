import { type JsonLdGraph, type JsonLdNode, serializeJsonLd } from "@/lib/seo/json-ld";

/** Structured data for search engines, built from the same data the page shows. */
export function JsonLd({ data }: { data: JsonLdGraph | JsonLdNode }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with "<" escaped, see serializeJsonLd.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
