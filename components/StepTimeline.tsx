import type { TitledBlock } from "@/lib/content";
import { hasContent } from "@/lib/render/html";
import { Markdown } from "./Markdown";
import { SectionHeading } from "./SectionHeading";

/** The steps of a procedure as a numbered timeline. */
export function StepTimeline({ block }: { block: TitledBlock }) {
  return (
    <section className="block block-steps" aria-labelledby={block.heading.id}>
      <SectionHeading heading={block.heading} />
      {hasContent(block.lead) ? <Markdown fragment={block.lead} /> : null}
      <ol className="timeline">
        {block.items.map((step, index) => (
          <li key={step.id} className="timeline-step">
            <span className="timeline-number" aria-hidden="true">
              {index + 1}
            </span>
            <div className="timeline-content">
              <h3 id={step.id}>
                <span className="visually-hidden">第 {index + 1} 步：</span>
                {step.title}
              </h3>
              <Markdown fragment={step.body} />
            </div>
          </li>
        ))}
      </ol>
      {block.after && hasContent(block.after) ? <Markdown fragment={block.after} /> : null}
    </section>
  );
}
