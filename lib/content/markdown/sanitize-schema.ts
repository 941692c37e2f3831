import { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";

/**
 * GitHub's sanitizing rules (no raw HTML, no scripts, no event handlers, only safe URL protocols), with heading
 * ids kept as written: our own plugin made them and links point at them. Footnote ids already carry remark-rehype's
 * `user-content-` prefix, so they cannot clobber page globals either.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: "",
  protocols: {
    ...defaultSchema.protocols,
    href: ["http", "https", "mailto"],
    src: ["http", "https"],
  },
};
