import { SiteLink } from "./SiteLink";

export interface NavLink {
  href: string;
  label: string;
}

/** A list of links to pages of this site: the header's and footer's sections, the 404 page's ways on, suggestions. */
export function NavList({ links, className }: { links: readonly NavLink[]; className?: string }) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <SiteLink href={link.href}>{link.label}</SiteLink>
        </li>
      ))}
    </ul>
  );
}
