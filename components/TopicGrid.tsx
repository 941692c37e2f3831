import { SiteLink } from "./SiteLink";

export interface TopicTile {
  href: string;
  name: string;
  summary?: string;
  count?: number;
}

/** Topics or regions as tiles: name, an optional one-line summary and an optional article count. */
export function TopicGrid({ tiles }: { tiles: TopicTile[] }) {
  return (
    <ul className="topic-grid">
      {tiles.map((tile) => (
        <li key={tile.href}>
          <SiteLink href={tile.href} className="topic-tile">
            <span className="topic-tile-name">{tile.name}</span>
            {tile.summary ? <span className="topic-tile-summary">{tile.summary}</span> : null}
            {tile.count !== undefined ? <span className="topic-tile-count">{tile.count} 篇</span> : null}
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}
