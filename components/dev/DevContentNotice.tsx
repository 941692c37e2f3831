"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { contentEventsPath } from "./content-events";

const dismissedKey = "dev-content-warnings-dismissed";

/**
 * Under `npm run dev` only: follows the dev server's content passes (a saved article shows without a reload; an error
 * brings up the problems page) and shows the pass's warnings, worded as `npm run check` prints them, until dismissed.
 */
export function DevContentNotice({ warnings }: { warnings: string[] }) {
  const router = useRouter();
  const key = warnings.join("\n");
  const [dismissed, setDismissed] = useState(true);

  useEffect(() => {
    setDismissed(sessionStorage.getItem(dismissedKey) === key);
  }, [key]);

  useEffect(() => {
    const events = new EventSource(contentEventsPath);
    events.onmessage = (event) => {
      const pass = JSON.parse(event.data) as { errors: number; first?: boolean };
      if (pass.first) return; // the state the page was rendered with
      if (pass.errors > 0) window.location.reload();
      else router.refresh();
    };
    return () => events.close();
  }, [router]);

  if (warnings.length === 0 || dismissed) return null;
  return (
    <aside className="dev-notice" aria-label="内容提醒（开发服务器）">
      <p>
        <strong>内容提醒</strong>（只在开发服务器显示，不影响构建；与 <code>npm run check</code>{" "}
        的输出相同）：
      </p>
      <ul>
        {warnings.map((line) => (
          <li key={line}>
            <code>{line}</code>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          sessionStorage.setItem(dismissedKey, key);
          setDismissed(true);
        }}
      >
        知道了
      </button>
    </aside>
  );
}
