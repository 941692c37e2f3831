import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { SearchBox } from "@/components/search/SearchBox";
import { getSite } from "@/lib/content";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "许可证指南：电信业务经营许可证续期、年报与变更", template: "%s · 许可证指南" },
  description:
    "电信业务经营许可证（ICP、EDI、SP、IDC、呼叫中心等）续期、年报、变更与合规的中文指南，每条事实注明法规出处。",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#15171a" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const sections = getSite().pages.navigation();
  return (
    <html lang="zh-CN">
      <body>
        <a href="#main" className="skip-link">
          跳到正文
        </a>
        <SiteHeader sections={sections} search={<SearchBox shortcut />} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter sections={sections} />
      </body>
    </html>
  );
}
