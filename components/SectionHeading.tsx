import type { SectionHeading as Heading } from "@/lib/content";

/** A section's h2, with a link to itself so readers can share the exact place. */
export function SectionHeading({ heading }: { heading: Heading }) {
  return (
    <h2 id={heading.id} className="section-heading">
      {heading.text}
      <a href={`#${heading.id}`} className="anchor-link" aria-label={`链接到“${heading.text}”`}>
        #
      </a>
    </h2>
  );
}
