import type { BodyBlock } from "@/lib/content";
import { FaqList } from "./FaqList";
import { Markdown } from "./Markdown";
import { PitfallWarnings } from "./PitfallWarnings";
import { PrerequisiteChecklist } from "./PrerequisiteChecklist";
import { StepTimeline } from "./StepTimeline";

/** The body of an article in document order, each typed part drawn by its own component. */
export function ArticleBody({ blocks, slug }: { blocks: BodyBlock[]; slug: string }) {
  return (
    <div className="article-body">
      {blocks.map((block, index) => {
        const key = `${block.kind}-${index}`;
        switch (block.kind) {
          case "prerequisites":
            return <PrerequisiteChecklist key={key} block={block} slug={slug} />;
          case "steps":
            return <StepTimeline key={key} block={block} />;
          case "pitfalls":
            return <PitfallWarnings key={key} block={block} />;
          case "faq":
            return <FaqList key={key} block={block} />;
          case "footnotes":
            return <Markdown key={key} fragment={block.content} className="footnotes-block" />;
          default:
            return <Markdown key={key} fragment={block.content} className="block" />;
        }
      })}
    </div>
  );
}
