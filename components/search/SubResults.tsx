import type { SearchHit } from "@/lib/search/browser/engine";
import { SiteLink } from "../SiteLink";
import { Snippet } from "./Snippet";

/** The sections of a result's article that answer the query, each linking to its heading. */
export function SubResults({ hit }: { hit: SearchHit }) {
  if (hit.sections.length === 0) return null;
  return (
    <ul className="search-sections" aria-label={`“${hit.title}”中的相关段落`}>
      {hit.sections.map((section) => (
        <li key={section.url} className="search-section">
          <SiteLink href={section.url} className="search-section-title">
            {section.title}
          </SiteLink>
          <Snippet parts={section.snippet} />
        </li>
      ))}
    </ul>
  );
}
