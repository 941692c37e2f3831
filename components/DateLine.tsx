/** A date as readers write it: 2026年11月29日. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}

/** When the article was last edited and last checked against its sources. */
export function DateLine({ updated, factChecked }: { updated: string; factChecked: string }) {
  return (
    <p className="date-line">
      <span>
        更新于 <time dateTime={updated}>{formatDate(updated)}</time>
      </span>
      <span>
        事实核查于 <time dateTime={factChecked}>{formatDate(factChecked)}</time>
      </span>
    </p>
  );
}
