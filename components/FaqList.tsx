import type { TitledBlock } from "@/lib/content";
import { hasContent } from "@/lib/render/html";
import { Markdown } from "./Markdown";
import { SectionHeading } from "./SectionHeading";

/** Questions and answers; every question has its own anchor to link to. */
export function FaqList({ block }: { block: TitledBlock }) {
  return (
    <section className="block block-faq" aria-labelledby={block.heading.id}>
      <SectionHeading heading={block.heading} />
      {hasContent(block.lead) ? <Markdown fragment={block.lead} /> : null}
      <div className="faq">
        {block.items.map((entry) => (
          <article key={entry.id} className="faq-entry" aria-labelledby={entry.id}>
            <h3 id={entry.id}>
              <span className="faq-q" aria-hidden="true">
                问
              </span>
              {entry.title}
              <a href={`#${entry.id}`} className="anchor-link" aria-label={`链接到问题“${entry.title}”`}>
                #
              </a>
            </h3>
            <Markdown fragment={entry.body} />
          </article>
        ))}
      </div>
    </section>
  );
}
