import { z } from "zod";

/** content/synonyms.yaml: groups of words readers use interchangeably (search expands a query with them). */
export const synonymsSchema = z.strictObject({
  groups: z.array(
    z
      .array(z.string({ error: "a word" }).trim().min(1, { error: "a word" }), { error: "a list of words" })
      .min(2, { error: "a group of at least two words" }),
    { error: "a list of word groups" },
  ),
});

/** content/seed-questions.yaml: the readers' questions the site must answer, each with the issue that covers it. */
export const seedQuestionsSchema = z.strictObject({
  questions: z.array(
    z.strictObject({
      issue: z.int({ error: "an issue number" }).positive({ error: "an issue number" }),
      text: z.string({ error: "a question" }).trim().min(1, { error: "a question" }),
    }),
    { error: "a list of questions" },
  ),
});

export type SeedQuestions = z.infer<typeof seedQuestionsSchema>;
