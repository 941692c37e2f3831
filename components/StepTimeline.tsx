import type { TitledBlock } from "@/lib/content";
import { hasContent, renderFragment } from "@/lib/render/fragment";
import { SectionHeading } from "./SectionHeading";

/** The steps of a procedure as a numbered timeline. */
export function StepTimeline({ block }: { block: TitledBlock }) {
  return (
    <section className="block block-steps" aria-labelledby={block.heading.id}>
      <SectionHeading heading={block.heading} />
      {hasContent(block.lead) ? <div className="prose">{renderFragment(block.lead)}</div> : null}
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
              <div className="prose">{renderFragment(step.body)}</div>
            </div>
          </li>
        ))}
      </ol>
      {block.after && hasContent(block.after) ? (
        <div className="prose">{renderFragment(block.after)}</div>
      ) : null}
    </section>
  );
}
