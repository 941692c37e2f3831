import type { PrerequisitesBlock } from "@/lib/content";
import { hasContent, renderFragment } from "@/lib/render/fragment";
import { SectionHeading } from "./SectionHeading";

/** Conditions and documents as a checklist the reader can tick off while preparing. */
export function PrerequisiteChecklist({ block }: { block: PrerequisitesBlock }) {
  const id = block.heading.id;
  return (
    <section className="block block-prerequisites" aria-labelledby={id}>
      <SectionHeading heading={block.heading} />
      {hasContent(block.lead) ? <div className="prose">{renderFragment(block.lead)}</div> : null}
      <ul className="checklist">
        {block.items.map((item, index) => {
          const itemId = `${id}-item-${index + 1}`;
          return (
            <li key={itemId}>
              <input type="checkbox" id={`${itemId}-box`} aria-labelledby={itemId} />
              <div id={itemId} className="prose checklist-text">
                {renderFragment(item.body)}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
