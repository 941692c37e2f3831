"use client";

import { useEffect, useState } from "react";
import type { SearchHit } from "@/lib/search/browser/engine";

export type SearchState =
  | { status: "idle" }
  | { status: "loading"; query: string }
  | { status: "done"; query: string; hits: SearchHit[] }
  | { status: "error"; query: string };

/** Hits the server already found for a query (under `next start`, the /search page arrives with them). */
export type InitialResults = { query: string; hits: SearchHit[] };

/** The server's results, when they answer this query: shown as the finished state. */
const fromServer = (query: string, initial?: InitialResults): SearchState | undefined =>
  initial && initial.query === query ? { status: "done", ...initial } : undefined;

/**
 * Results for a query, debounced. The engine (tokenizer, ranking, index reader) is a separate chunk, loaded the first
 * time a reader types, so pages carry none of it on first load; results the server sent for the same query are
 * shown as they are, without loading it at all.
 */
export function useSearch(
  query: string,
  {
    debounceMs = 120,
    limit = 8,
    initial,
  }: { debounceMs?: number; limit?: number; initial?: InitialResults } = {},
): SearchState {
  const [state, setState] = useState<SearchState>(
    () => fromServer(query.trim(), initial) ?? { status: "idle" },
  );
  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === "") {
      setState({ status: "idle" });
      return;
    }
    const answered = fromServer(trimmed, initial);
    if (answered) {
      setState(answered);
      return;
    }
    let cancelled = false;
    setState((previous) => (previous.status === "done" ? previous : { status: "loading", query: trimmed }));
    const timer = setTimeout(async () => {
      try {
        const { getSearchEngine } = await import("@/lib/search/browser/client");
        const hits = await getSearchEngine().search(trimmed, limit);
        if (!cancelled) setState({ status: "done", query: trimmed, hits });
      } catch {
        if (!cancelled) setState({ status: "error", query: trimmed });
      }
    }, debounceMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, debounceMs, limit, initial]);
  return state;
}

/** What a screen reader hears after results change. */
export function resultAnnouncement(state: SearchState): string {
  if (state.status === "done")
    return state.hits.length > 0 ? `找到 ${state.hits.length} 条结果` : "没有找到结果";
  if (state.status === "error") return "搜索暂时不可用";
  return "";
}
