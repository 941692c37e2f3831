import { createHash } from "node:crypto";
import type { PrerequisitesBlock } from "@/lib/content";
import { hasContent } from "@/lib/render/html";
import { ChecklistMemory } from "./ChecklistMemory";
import { Markdown } from "./Markdown";
import { SectionHeading } from "./SectionHeading";

/** A short hash of the items: saved ticks belong to this exact list and are dropped when it changes. */
function checklistHash(block: PrerequisitesBlock): string {
  return createHash("sha256")
    .update(JSON.stringify(block.items.map((item) => item.text)))
    .digest("hex")
    .slice(0, 12);
}

/** Conditions and documents as a checklist the reader can tick off while preparing; ticks are remembered. */
export function PrerequisiteChecklist({ block, slug }: { block: PrerequisitesBlock; slug: string }) {
  const id = block.heading.id;
  return (
    <section className="block block-prerequisites" aria-labelledby={id}>
      <SectionHeading heading={block.heading} />
      {hasContent(block.lead) ? <Markdown fragment={block.lead} /> : null}
      <ul className="checklist">
        {block.items.map((item, index) => {
          const itemId = `${id}-item-${index + 1}`;
          return (
            <li key={itemId}>
              <input type="checkbox" id={`${itemId}-box`} aria-labelledby={itemId} />
              <Markdown fragment={item.body} className="checklist-text" id={itemId} />
            </li>
          );
        })}
      </ul>
      <ChecklistMemory
        storageKey={`checklist:${slug}`}
        hash={checklistHash(block)}
        title={block.heading.text}
      />
    </section>
  );
}
