import type { z } from "zod";
import type { AuthorError } from "./errors";
import { quote } from "./errors";
import type { ParsedYaml } from "./front-matter";

/** A field path as editors read it: sources[0].title, related[1]. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === "number") return `${name}[${key}]`;
    return name ? `${name}.${String(key)}` : String(key);
  }, "");
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What a zod issue expected, in words: our schema's own messages, or zod's type name. */
function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.message.startsWith("Invalid input"))
    return `a value of type ${issue.expected}`;
  return issue.message;
}

/** Turn zod issues into author errors whose lines come from the YAML parse tree. */
export function issuesToErrors(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  yaml: ParsedYaml,
  file: string,
): AuthorError[] {
  return issues.flatMap((issue): AuthorError[] => {
    const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        code: "unknown-field",
        file,
        line: yaml.lineOf([...path, key]),
        field: fieldName([...path, key]),
        found: `an unknown field "${key}"`,
        expected: "only the fields listed in docs/editing.md",
      }));
    }
    const missing = !yaml.has(path);
    return [
      {
        code: missing ? "missing-field" : "invalid-field",
        file,
        line: yaml.lineOf(path),
        field: fieldName(path),
        found: missing ? `no "${fieldName(path)}" field` : quote(valueAt(data, path)),
        expected: expectedOf(issue),
      },
    ];
  });
}
