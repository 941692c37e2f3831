import type { TitledBlock } from "@/lib/content";
import { hasContent } from "@/lib/render/html";
import { Markdown } from "./Markdown";
import { SectionHeading } from "./SectionHeading";

/** Common mistakes, each set off as a warning with its correction. */
export function PitfallWarnings({ block }: { block: TitledBlock }) {
  return (
    <section className="block block-pitfalls" aria-labelledby={block.heading.id}>
      <SectionHeading heading={block.heading} />
      {hasContent(block.lead) ? <Markdown fragment={block.lead} /> : null}
      <ul className="warnings">
        {block.items.map((pitfall) => (
          <li key={pitfall.id} className="warning">
            <h3 id={pitfall.id}>
              <span className="warning-label">误区</span>
              {pitfall.title}
            </h3>
            <Markdown fragment={pitfall.body} />
          </li>
        ))}
      </ul>
    </section>
  );
}
