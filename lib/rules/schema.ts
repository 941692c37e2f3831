import { z } from "zod";
import { slugPattern, sourceSchema } from "../content/schema";

const text = (what: string) => z.string({ error: what }).trim().min(1, { error: what });
const days = z.int({ error: "a whole number of days" }).positive({ error: "a positive number of days" });
const licenceId = text("a licence id from content/taxonomy.yaml");
const slug = z.string().regex(slugPattern, { error: "the slug of an article" });

/** A rule that decides a date: what it says, and where it comes from. */
const sourcedRule = { text: text("the rule in one sentence"), source: sourceSchema };

/** A warning on the plan: what to do, its sources, and the guide's question that says more. */
const warning = z.strictObject({
  text: text("the warning in one or two sentences"),
  sources: z.array(sourceSchema, { error: "a list of sources" }).min(1, { error: "at least one source" }),
  faq: text("an anchor of a question in the guide"),
});

/** content/rules.yaml: the few rules that decide a licence's dates. */
export const rulesSchema = z.strictObject({
  /** The licences these dates apply to (the planner's choices). */
  licences: z.array(licenceId, { error: "a list of licence ids" }).min(1, { error: "at least one licence" }),
  /** Articles that show the planner form and the lifecycle figure. */
  showOn: z.array(slug, { error: "a list of article slugs" }),
  /** The guide the planner and the calendar link back to. */
  guide: slug,
  validity: z.strictObject({ years: z.int({ error: "a whole number of years" }).positive(), ...sourcedRule }),
  renewal: z.strictObject({
    daysBeforeExpiry: days,
    ...sourcedRule,
    counting: text("how the site counts, and that the authority's counting governs"),
  }),
  suggestedStart: z.strictObject({
    monthsBeforeExpiry: z.int({ error: "a whole number of months" }).positive(),
    text: text("the advice in one sentence"),
  }),
  annualReport: z.strictObject({
    month: z.int().min(1, { error: "a month 1–12" }).max(12, { error: "a month 1–12" }),
    day: z.int().min(1, { error: "a day 1–31" }).max(31, { error: "a day 1–31" }),
    ...sourcedRule,
  }),
  decision: z.strictObject({ days, ...sourcedRule }),
  warnings: z.strictObject({
    insideWindow: warning,
    expired: warning,
  }),
  changes: z.array(
    z.strictObject({
      id: slug,
      event: text("what changes"),
      days,
      from: text("when the period starts"),
      source: sourceSchema,
    }),
    { error: "a list of change deadlines" },
  ),
});

export type Rules = z.infer<typeof rulesSchema>;

const basis = z.strictObject({
  rule: text("the rule or definition the answer rests on"),
  source: sourceSchema,
});

/** content/licence-finder.yaml: the finder's questions, answers and what each rests on. */
export const finderSchema = z.strictObject({
  activities: z
    .array(
      z.strictObject({
        id: slug,
        label: text("the choice as a reader says it"),
        examples: text("examples a reader recognises"),
        licences: z.array(licenceId, { error: "a list of licence ids" }),
        undecided: z.boolean().optional(),
        result: text("the answer in one or two sentences"),
        basis: z.array(basis).min(1, { error: "at least one rule or definition" }),
        note: text("a caveat").optional(),
        articles: z.array(slug).min(1, { error: "at least one article to read" }),
      }),
    )
    .min(1),
  scopes: z
    .array(
      z.strictObject({
        id: slug,
        label: text("the choice as a reader says it"),
        authority: text("the authority that issues the licence"),
        certificate: text("the name of the certificate"),
        basis,
      }),
    )
    .min(1),
  foreign: z
    .array(
      z.strictObject({
        id: slug,
        label: text("the choice as a reader says it"),
        undecided: z.boolean().optional(),
        result: text("the answer").optional(),
        basis: z.array(basis).optional(),
      }),
    )
    .min(1),
});

export type Finder = z.infer<typeof finderSchema>;
export type FinderActivity = Finder["activities"][number];
export type FinderScope = Finder["scopes"][number];
export type FinderForeign = Finder["foreign"][number];
