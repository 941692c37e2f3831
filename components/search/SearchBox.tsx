"use client";

import { useRouter } from "next/navigation";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { routes } from "@/lib/routes";
import { layOutForAnchor } from "../anchor-landing";
import { Snippet } from "./Snippet";
import { resultAnnouncement, useSearch } from "./useSearch";

const searchPage = (query: string) => routes.search(query.trim());
/** Results in the dropdown that show their sub-results; the rest show the article alone. */
const SECTIONS_FOR_TOP = 3;

/**
 * The search box: results appear under it as the reader types. Follows the ARIA combobox pattern: ↑ ↓ move through
 * the results, Enter opens one (or the full results page), Esc closes the list. With `shortcut`, "/" and Ctrl/⌘+K
 * focus it from anywhere on the page.
 */
export function SearchBox({
  variant = "header",
  shortcut = false,
}: {
  variant?: "header" | "hero";
  shortcut?: boolean;
}) {
  const router = useRouter();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const state = useSearch(query);
  const hits = state.status === "done" ? state.hits : [];
  // One option per article, then one per sub-result under it (top results only: the list must stay short).
  const options = hits.flatMap((hit, rank) => [
    { url: hit.url, hit, section: undefined },
    ...(rank < SECTIONS_FOR_TOP ? hit.sections : []).map((section) => ({ url: section.url, hit, section })),
  ]);
  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-option-${index}`;

  // Marks the box as interactive once React has attached its handlers (tests wait for it before typing).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  useEffect(() => {
    if (!shortcut) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest("input, textarea, select, [contenteditable='true']");
      if (
        (event.key === "/" && !typing) ||
        (event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey))
      ) {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [shortcut]);

  const expanded = open && query.trim() !== "" && state.status !== "idle";

  const go = (url: string) => {
    setOpen(false);
    layOutForAnchor(url);
    router.push(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (options.length === 0) return;
      if (!expanded) {
        // Reopening the list starts again from its first (or, going up, its last) result.
        setOpen(true);
        setActive(event.key === "ArrowDown" ? 0 : options.length - 1);
        return;
      }
      setActive((current) =>
        event.key === "ArrowDown"
          ? (current + 1) % options.length
          : current <= 0
            ? options.length - 1
            : current - 1,
      );
    } else if (event.key === "Enter") {
      event.preventDefault();
      const option = options[active];
      if (option) go(option.url);
      else if (query.trim() !== "") go(searchPage(query));
    } else if (event.key === "Escape") {
      // Chromium clears a search input on Escape by itself; the first Escape should only close the list.
      event.preventDefault();
      if (expanded) setOpen(false);
      else {
        setQuery("");
        inputRef.current?.blur();
      }
    }
  };

  return (
    <search
      aria-label={variant === "hero" ? "搜索指南" : "站内搜索"}
      className={`search-box search-box-${variant}`}
      data-ready={ready || undefined}
    >
      <form action={routes.search()} method="get" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${id}-input`} className="visually-hidden">
          搜索许可证指南
        </label>
        <input
          ref={inputRef}
          id={`${id}-input`}
          name="q"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          enterKeyHint="search"
          placeholder={variant === "hero" ? "输入你的问题，如：许可证快到期了怎么办" : "搜索问题或关键词"}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(-1);
            setOpen(true);
          }}
          onFocus={() => {
            setOpen(true);
            void import("@/lib/search/browser/client");
          }}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        {shortcut ? (
          <span className="search-shortcut" aria-hidden="true">
            /
          </span>
        ) : null}
      </form>
      <div className="search-popup" hidden={!expanded}>
        {/* The ARIA combobox pattern: options stay unfocusable, the input points at the active one. */}
        <div id={listId} role="listbox" aria-label="搜索结果" className="search-options">
          {options.map(({ url, hit, section }, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: the input handles the keyboard (combobox pattern)
            <div
              key={url}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={section ? "search-option search-option-section" : "search-option"}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go(url)}
            >
              {section ? (
                <>
                  <span className="search-option-section-title">{section.title}</span>
                  <Snippet parts={section.snippet} />
                </>
              ) : (
                <>
                  <span className="search-option-title">{hit.title}</span>
                  {hit.licence ? <span className="search-option-licence">{hit.licence}</span> : null}
                  <Snippet parts={hit.snippet} />
                </>
              )}
            </div>
          ))}
        </div>
        {state.status === "done" && hits.length === 0 ? (
          <p className="search-empty">没有找到与“{state.query}”相关的文章。按回车查看建议。</p>
        ) : null}
        {state.status === "error" ? <p className="search-empty">搜索暂时不可用，请稍后再试。</p> : null}
        {hits.length > 0 ? (
          <a
            className="search-all"
            href={searchPage(query)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={(event) => {
              event.preventDefault();
              go(searchPage(query));
            }}
          >
            查看全部结果
          </a>
        ) : null}
      </div>
      <p role="status" className="visually-hidden">
        {expanded ? resultAnnouncement(state) : ""}
      </p>
    </search>
  );
}
