import "server-only"
import { parseFarmDetail, parseFarmList } from "../catalog/farm-schema"
import type { Farm, FarmDetail } from "../catalog/types"
import { isHandle } from "../handle"
import { StoreError } from "../store-error"
import { storeRead, storeReadOrNull } from "./client"
import { TAGS } from "./tags"

function parsed<T>(path: string, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    throw new StoreError("bad-response", `GET ${path}: unexpected body`, { cause: error })
  }
}

export async function listFarms(limit = 50, offset = 0): Promise<{ farms: Farm[]; count: number }> {
  const path = "/store/farms"
  const body = await storeRead<unknown>(path, { query: { limit, offset }, tags: [TAGS.farms] })
  return parsed(path, () => parseFarmList(body))
}

/** A farm with its products; null for an unknown handle (the backend answers 404). */
export async function getFarmByHandle(handle: string): Promise<FarmDetail | null> {
  if (!isHandle(handle)) return null // the backend would answer 400, not 404
  const path = `/store/farms/${encodeURIComponent(handle)}`
  const body = await storeReadOrNull<unknown>(path, { tags: [TAGS.farms, TAGS.farm(handle)] })
  return body === null ? null : parsed(path, () => parseFarmDetail(body))
}
