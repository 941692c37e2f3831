import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { AuthorError, AuthorErrorCode } from "./errors";
import { type FieldPath, parseYaml } from "./front-matter";
import { issuesToErrors } from "./zod-issues";

/**
 * A YAML data file under content/ checked against its schema, every problem as an author error with file:line
 * (never a raw ZodError). `required` files report their absence; optional ones just yield no data. Schema problems
 * carry `code` when one is given, else the code of each problem (invalid-field, missing-field, unknown-field).
 */
export function loadDataFile<T>(
  root: string,
  file: string,
  schema: z.ZodType<T>,
  options: { code?: AuthorErrorCode; required: boolean; what: string },
): { data?: T; errors: AuthorError[]; lineOf?: (path: FieldPath) => number } {
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) {
    if (!options.required) return { errors: [] };
    return {
      errors: [
        {
          code: options.code ?? "invalid-data-file",
          file,
          line: 1,
          field: "(file)",
          found: "no file",
          expected: options.what,
        },
      ],
    };
  }
  const yaml = parseYaml(readFileSync(absolute, "utf8"));
  if (yaml.problems.length > 0) {
    return {
      errors: yaml.problems.map((problem) => ({
        code: "invalid-yaml",
        file,
        line: problem.line,
        field: "(yaml)",
        found: problem.message,
        expected: "valid YAML",
      })),
    };
  }
  const result = schema.safeParse(yaml.data);
  if (!result.success) {
    const errors = issuesToErrors(result.error.issues, yaml.data, yaml, file);
    const { code } = options;
    return { errors: code ? errors.map((error) => ({ ...error, code })) : errors };
  }
  return { data: result.data, errors: [], lineOf: yaml.lineOf };
}
