import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { DevContentNotice } from "@/components/dev/DevContentNotice";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { StaticHtmlLinks } from "@/components/StaticHtmlLinks";
import { SearchBox } from "@/components/search/SearchBox";
import { formatWarning } from "@/lib/content";
import { readFilings } from "@/lib/filing";
import { footerNavigation } from "@/lib/routes";
import { siteMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site";
import { readProblems } from "@/lib/site/snapshot";
import "./globals.css";

export const metadata: Metadata = siteMetadata();

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#15171a" },
  ],
};

/** `npm run dev` (scripts/dev.ts): content warnings are shown on every page, and pages follow each content pass. */
const development = process.env.NODE_ENV === "development";

export default function RootLayout({ children }: { children: ReactNode }) {
  const { pages } = getSite();
  return (
    <html lang="zh-CN">
      <body>
        <a href="#main" className="skip-link">
          跳到正文
        </a>
        <SiteHeader sections={pages.navigation()} search={<SearchBox shortcut />} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter sections={pages.navigation(footerNavigation)} filings={readFilings(process.env)} />
        {development ? (
          <DevContentNotice warnings={readProblems(process.cwd()).warnings.map(formatWarning)} />
        ) : null}
        <StaticHtmlLinks />
      </body>
    </html>
  );
}
