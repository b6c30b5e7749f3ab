/** The couriers (택배사) farms ship with, each with its public tracking page. */
export const COURIER_CODES = ["cj", "epost", "hanjin", "lotte", "logen"] as const
export type CourierCode = (typeof COURIER_CODES)[number]

type Courier = { name: string; aliases: string[]; trackingUrl: (n: string) => string }

const COURIERS: Record<CourierCode, Courier> = {
  cj: {
    name: "CJ대한통운",
    aliases: ["CJ대한통운", "대한통운", "CJ", "CJ택배", "씨제이", "cjlogistics"],
    trackingUrl: (n) => `https://trace.cjlogistics.com/next/tracking.html?wblNo=${n}`,
  },
  epost: {
    name: "우체국택배",
    aliases: ["우체국택배", "우체국", "우편", "epost", "koreapost"],
    trackingUrl: (n) => `https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1=${n}`,
  },
  hanjin: {
    name: "한진택배",
    aliases: ["한진택배", "한진", "hanjin"],
    trackingUrl: (n) => `https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&schLang=KR&wblnumText2=${n}`,
  },
  lotte: {
    name: "롯데택배",
    aliases: ["롯데택배", "롯데", "롯데글로벌로지스", "lotte"],
    trackingUrl: (n) => `https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo=${n}`,
  },
  logen: {
    name: "로젠택배",
    aliases: ["로젠택배", "로젠", "logen"],
    trackingUrl: (n) => `https://www.ilogen.com/web/personal/trace/${n}`,
  },
}

export function isCourierCode(value: string): value is CourierCode {
  return (COURIER_CODES as readonly string[]).includes(value)
}

/** The courier's Korean name (CJ대한통운 …). */
export function courierName(code: CourierCode): string {
  return COURIERS[code].name
}

/** Spaces and letter case do not matter in a courier's name: "cj 대한통운" is CJ대한통운. */
const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, "").toLowerCase()

const BY_ALIAS = new Map<string, CourierCode>(
  COURIER_CODES.flatMap((code) => [code, COURIERS[code].name, ...COURIERS[code].aliases].map((a) => [squash(a), code] as const))
)

/** The courier a farmer wrote, by code or Korean name ("CJ대한통운", "우체국", "롯데" …); null if unknown. */
export function courierFromName(input: string): CourierCode | null {
  return BY_ALIAS.get(squash(input)) ?? null
}

/** A tracking number as couriers print it, without spaces or hyphens: 9 to 14 digits; null otherwise. */
export function normalizeTrackingNumber(input: string): string | null {
  const digits = input.replace(/[\s-]+/g, "")
  return /^\d{9,14}$/.test(digits) ? digits : null
}

/** The courier's public tracking page for a (normalised) tracking number. */
export function trackingUrl(code: CourierCode, trackingNumber: string): string {
  return COURIERS[code].trackingUrl(encodeURIComponent(trackingNumber))
}
