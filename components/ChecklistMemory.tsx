"use client";

import { useEffect, useRef, useState } from "react";

/** The checkboxes of the checklist section that holds `element`. */
const boxesNear = (element: HTMLElement | null) =>
  Array.from(element?.closest("section")?.querySelectorAll<HTMLInputElement>(".checklist input") ?? []);

interface Saved {
  hash: string;
  done: number[];
}

/**
 * Makes the server-drawn checklist above it remember: ticks are kept in localStorage per article, together with a
 * hash of the list, so a changed checklist starts afresh instead of ticking the wrong items. Adds "复制清单" and a
 * print view of the checklist alone. Deliberately tiny: it loads on every guide.
 */
export function ChecklistMemory({
  storageKey,
  hash,
  title,
}: {
  storageKey: string;
  hash: string;
  title: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [done, setDone] = useState(0);
  const [total, setTotal] = useState(0);
  const [message, setMessage] = useState("");

  useEffect(() => {
    const all = boxesNear(ref.current);
    let saved: Saved | undefined;
    try {
      saved = JSON.parse(localStorage.getItem(storageKey) ?? "null") ?? undefined;
    } catch {
      saved = undefined;
    }
    if (saved?.hash === hash) for (const i of saved.done) if (all[i]) all[i].checked = true;
    const update = () => {
      const ticked = all.flatMap((box, i) => (box.checked ? [i] : []));
      setDone(ticked.length);
      try {
        localStorage.setItem(storageKey, JSON.stringify({ hash, done: ticked } satisfies Saved));
      } catch {
        // Storage can be full or blocked (private mode); ticking still works for this visit.
      }
    };
    setTotal(all.length);
    setDone(all.filter((box) => box.checked).length);
    for (const box of all) box.addEventListener("change", update);
    return () => {
      for (const box of all) box.removeEventListener("change", update);
    };
  }, [storageKey, hash]);

  async function copy() {
    const lines = boxesNear(ref.current).map((box) => {
      const text = document.getElementById(box.getAttribute("aria-labelledby") ?? "")?.textContent ?? "";
      return `${box.checked ? "☑" : "☐"} ${text.trim()}`;
    });
    try {
      await navigator.clipboard.writeText(`${title}\n${lines.join("\n")}`);
      setMessage("已复制清单，可以粘贴到聊天或文档中。");
    } catch {
      setMessage("浏览器不允许复制，请手动选择清单文字。");
    }
  }

  function print() {
    const root = document.documentElement;
    root.classList.add("print-checklist");
    window.addEventListener("afterprint", () => root.classList.remove("print-checklist"), { once: true });
    window.print();
  }

  return (
    <div ref={ref} className="checklist-tools">
      <p className="checklist-progress" aria-live="polite">
        已完成 {done} / {total} 项（进度只保存在本浏览器中）
      </p>
      <button type="button" className="button button-quiet" onClick={copy}>
        复制清单
      </button>
      <button type="button" className="button button-quiet" onClick={print}>
        打印清单
      </button>
      <p className="checklist-message" role="status">
        {message}
      </p>
    </div>
  );
}
