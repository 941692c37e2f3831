import { z } from "zod";

/** An ASCII identifier used in URLs: lowercase letters, digits and single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(slugPattern, { error: 'a lowercase ASCII id such as "annual-report-guide"' });

/** A calendar date written as YYYY-MM-DD (YAML may hand it over as a Date). */
const isoDate = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value,
  z
    .string({ error: "a date written as YYYY-MM-DD" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "a date written as YYYY-MM-DD", abort: true })
    .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), { error: "a real calendar date" }),
);

const nonEmpty = (what: string) => z.string({ error: what }).trim().min(1, { error: what });
const id = (what: string) => z.string({ error: what }).min(1, { error: what });

/** Where a fact comes from: a regulation and its article, or an official notice. */
export const sourceSchema = z.strictObject({
  /** The regulation or notice, e.g. 《中华人民共和国电信条例》. Required. */
  title: nonEmpty("the name of a regulation or official notice"),
  /** The article cited, e.g. 第十三条. Optional. */
  article: nonEmpty("an article such as 第十三条").optional(),
  /** An official address for the source. Optional; only ever one copied from an official page. */
  url: z.url({ protocol: /^https?$/, error: "an http(s) address" }).optional(),
  /** A short remark on how the source was read. Optional. */
  note: nonEmpty("a short remark").optional(),
});

/** The front matter of an article. */
export const frontMatterSchema = z.strictObject({
  /** The page title. Required. */
  title: nonEmpty("a title").max(60, { error: "a title of at most 60 characters" }),
  /** One sentence for meta tags, listings and search snippets. Required. */
  description: nonEmpty("a one-sentence description")
    .max(140, { error: "a description of at most 140 characters" })
    .refine((text) => !text.includes("\n"), { error: "a description on one line" }),
  /** guide: a how-to with prerequisites, steps and pitfalls; explainer: answers a question. Required. */
  type: z.enum(["guide", "explainer"], { error: '"guide" or "explainer"' }),
  // Ids are checked against the taxonomy (and related slugs against the articles) by the loader, which can
  // suggest the nearest known id; here they only need to be strings.
  /** Licence category ids from content/taxonomy.yaml. Required, at least one. */
  licences: z
    .array(id("a licence id"), { error: "a list of licence ids" })
    .min(1, { error: "at least one licence id" }),
  /** One topic id from content/taxonomy.yaml. Required. */
  topic: id("a topic id"),
  /** Region ids from content/taxonomy.yaml. Optional. */
  regions: z.array(id("a region id"), { error: "a list of region ids" }).optional(),
  /** When the article was last edited. Required. */
  updated: isoDate,
  /** When its facts were last checked against the sources. Required. */
  factChecked: isoDate,
  /** When the article was first published (Open Graph / JSON-LD). Optional. */
  published: isoDate.optional(),
  /** Changes readers should know about, one line each (shown at the foot and on /updates). Optional. */
  changes: z
    .array(
      z.strictObject({
        date: isoDate,
        note: nonEmpty("one line saying what changed").refine((text) => !text.includes("\n"), {
          error: "one line saying what changed",
        }),
      }),
      {
        error: "a list of { date, note }",
      },
    )
    .default([]),
  /** The sources of the facts a reader acts on. Required, at least one. */
  sources: z.array(sourceSchema, { error: "a list of sources" }).min(1, { error: "at least one source" }),
  /** Slugs of articles a reader should see next. Optional. */
  related: z.array(id("an article slug"), { error: "a list of article slugs" }).default([]),
  /**
   * The reader questions this article answers, in their words. Optional. Each is a string, or
   * `{ text, anchor }` when one heading of the article answers it.
   */
  questions: z
    .array(
      z.union(
        [
          nonEmpty("a question").transform((text) => ({ text, anchor: undefined as string | undefined })),
          z.strictObject({
            text: nonEmpty("a question"),
            anchor: nonEmpty("a heading anchor of this article").optional(),
          }),
        ],
        { error: "a question, or { text, anchor }" },
      ),
      { error: "a list of questions" },
    )
    .default([]),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type ReaderQuestion = FrontMatter["questions"][number];
export type ArticleType = FrontMatter["type"];
export type ArticleChange = FrontMatter["changes"][number];

const licenceClass = z.enum(["b1", "b2", "basic", "resource"]);

/** The taxonomy kept as data in content/taxonomy.yaml. */
export const taxonomySchema = z.strictObject({
  licences: z.array(
    z.strictObject({
      id: slug,
      /** The official code (B11…B26), or a short label for non-catalogue entries. */
      code: nonEmpty("a code such as B25"),
      name: nonEmpty("the official name"),
      short: nonEmpty("a short label readers know, such as ICP / SP"),
      class: licenceClass,
      /** Words readers type for this licence; used as search synonyms. */
      aliases: z.array(nonEmpty("an alias")).default([]),
    }),
  ),
  classes: z.array(
    z.strictObject({ id: licenceClass, name: nonEmpty("a name"), summary: nonEmpty("a summary") }),
  ),
  topics: z.array(
    z.strictObject({
      id: slug,
      name: nonEmpty("a name"),
      summary: nonEmpty("a summary"),
      aliases: z.array(nonEmpty("an alias")).default([]),
    }),
  ),
  regions: z.array(z.strictObject({ id: slug, name: nonEmpty("a name") })),
});

export type Taxonomy = z.infer<typeof taxonomySchema>;
export type Licence = Taxonomy["licences"][number];
export type LicenceClass = Taxonomy["classes"][number];
export type Topic = Taxonomy["topics"][number];
export type Region = Taxonomy["regions"][number];
