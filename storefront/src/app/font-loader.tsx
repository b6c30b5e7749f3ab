import { pretendard } from "./fonts"

const STORAGE_KEY = "seogwipo-fonts-cached"
/** After the load event, so the font never competes with the page's own images and scripts. */
const WARM_UP_DELAY_MS = 1500

/**
 * A tiny inline script, run before the body is painted: it turns Pretendard on when an earlier
 * page has cached it, and otherwise fetches both weights once the page is idle and remembers that
 * they are cached. No client component (no JavaScript bundle) is needed for it.
 */
export function fontLoaderScript(family: string): string {
  const f = JSON.stringify(family)
  const k = JSON.stringify(STORAGE_KEY)
  return `(function(){var d=document.documentElement;try{if(localStorage.getItem(${k})==="1"){d.classList.add("fonts-ready");return}}catch(e){return}
if(!document.fonts||!document.fonts.load)return;
addEventListener("load",function(){setTimeout(function(){Promise.all([document.fonts.load("400 1em "+${f},"가"),document.fonts.load("700 1em "+${f},"가")]).then(function(r){if(r[0].length&&r[1].length)try{localStorage.setItem(${k},"1")}catch(e){}},function(){})},${WARM_UP_DELAY_MS})})})()`
}

export default function FontLoader() {
  return <script dangerouslySetInnerHTML={{ __html: fontLoaderScript(pretendard.style.fontFamily) }} />
}
