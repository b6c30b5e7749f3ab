import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import SiteFooter from "@/modules/layout/components/site-footer"
import SiteHeader from "@/modules/layout/components/site-header"
import FontLoader from "./font-loader"
import { pretendard } from "./fonts"
import "./globals.css"

export const metadata: Metadata = {
  title: { default: "서귀포in — 서귀포 농가 산지직송", template: "%s | 서귀포in" },
  description: "서귀포시가 운영하는 농가 직거래 쇼핑몰. 감귤·만감류, 농수축산물, 가공식품, 체험 상품을 산지에서 바로 보내 드립니다.",
  applicationName: "서귀포in",
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#e8590c",
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ko" className={pretendard.variable} suppressHydrationWarning>
      <head>
        <FontLoader />
      </head>
      <body>
        <a className="skip-link" href="#main">
          본문으로 건너뛰기
        </a>
        <SiteHeader />
        <main id="main">{children}</main>
        <SiteFooter />
      </body>
    </html>
  )
}
