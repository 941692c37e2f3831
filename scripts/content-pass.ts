import type { ContentTree } from "../lib/content/article";
import { explainCodes, formatAuthorError } from "../lib/content/errors";
import { type LoadOptions, loadContent } from "../lib/content/load";

/**
 * Run the content pass and print its outcome: every author error (then the meaning of each code), or a one-line
 * summary. Returns undefined when there were errors.
 */
export function runContentPass(options: LoadOptions): ContentTree | undefined {
  const started = performance.now();
  const tree = loadContent(options);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const { errors, articles, stats } = tree;
  if (errors.length > 0) {
    for (const error of errors) console.error(formatAuthorError(error));
    console.error(`\n${explainCodes(errors).join("\n")}`);
    const files = new Set(errors.map((e) => e.file)).size;
    console.error(
      `\n${errors.length} ${errors.length === 1 ? "problem" : "problems"} in ${files} ${files === 1 ? "file" : "files"} (${seconds}s).`,
    );
    return undefined;
  }
  console.log(
    `content ok: ${articles.length} articles checked in ${seconds}s (${stats.parsed} parsed, ${stats.reused} from the content store).`,
  );
  return tree;
}
