import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { StaticHtmlLinks } from "@/components/StaticHtmlLinks";
import { SearchBox } from "@/components/search/SearchBox";
import { getSite } from "@/lib/content";
import { readFilings } from "@/lib/filing";
import { footerNavigation } from "@/lib/routes";
import { siteMetadata } from "@/lib/seo/metadata";
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
        <StaticHtmlLinks />
      </body>
    </html>
  );
}
