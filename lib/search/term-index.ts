import { Index } from "flexsearch";

/**
 * One FlexSearch index of pre-tokenized text: the tokenizer in ./tokenize has already done the work, so FlexSearch
 * takes space-separated tokens as they are. Build and browser must construct it identically: exports do not carry
 * the options.
 */
export function createTermIndex(): Index {
  return new Index({
    tokenize: "strict",
    encode: (text: string) => text.split(" ").filter((token) => token !== ""),
    // Three relevance buckets by position are enough for our own ranking, and keep exports small.
    resolution: 3,
  });
}
