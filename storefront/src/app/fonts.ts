import localFont from "next/font/local"

/**
 * Pretendard (SIL OFL 1.1), served from this app: no font CDN is needed or reachable.
 * The files are the package's "subset" cuts (Latin + the 2,350 common Hangul syllables of
 * KS X 1001, about 265 KB each) copied from node_modules/pretendard/dist/web/static/woff2-subset;
 * rarer syllables fall back to the system's Korean font.
 *
 * Loading: the page uses the font only when it is already cached (`fonts-ready`, set by
 * app/font-loader.tsx); a first visit shows the phone's own Korean font at once and fetches
 * Pretendard when the page is idle, for the next page. `optional` keeps a slow cache from ever
 * swapping fonts under the reader's eyes.
 */
export const pretendard = localFont({
  src: [
    { path: "./fonts/Pretendard-Regular.subset.woff2", weight: "400", style: "normal" },
    { path: "./fonts/Pretendard-Bold.subset.woff2", weight: "700", style: "normal" },
  ],
  display: "optional",
  preload: false,
  variable: "--font-pretendard",
  fallback: ["Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", "system-ui", "sans-serif"],
  adjustFontFallback: false,
})
