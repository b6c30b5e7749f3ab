import { MedusaError } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import type { DeliveryType, SearchFilters } from "../../lib/korean-search"

type Condition = SearchTypes.SearchFilters[string]

const DELIVERY = new Set<DeliveryType>(["normal", "chilled", "frozen"])

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function strings(field: string, condition: Condition): string[] {
  if (typeof condition === "string") return [condition]
  if (Array.isArray(condition) && condition.every((v) => typeof v === "string")) return condition as string[]
  if (condition && typeof condition === "object" && !Array.isArray(condition)) {
    const { $eq, $in, ...rest } = condition as Record<string, unknown>
    if (!Object.keys(rest).length && (typeof $eq === "string" || Array.isArray($in))) {
      return typeof $eq === "string" ? [$eq] : ($in as unknown[]).map(String)
    }
  }
  return invalid(`The embedded search filters "${field}" by a value or a list of values only`)
}

function range(condition: Condition): { min?: number; max?: number } {
  if (typeof condition === "number") return { min: condition, max: condition }
  if (!condition || typeof condition !== "object" || Array.isArray(condition)) return invalid(`"price" needs $gte/$lte`)
  const { $gte, $lte, ...rest } = condition as Record<string, unknown>
  if (Object.keys(rest).length) invalid(`"price" supports $gte and $lte only`)
  return { min: $gte === undefined ? undefined : Number($gte), max: $lte === undefined ? undefined : Number($lte) }
}

/**
 * The Search Module's filters (the fields of src/search/product.ts) as the Korean engine's.
 * `status` and `sales_channel_ids` need no work here: unpublished products are never returned by
 * the engine, and the shop sells every product in its one sales channel.
 */
export function engineFilters(filters: SearchTypes.SearchFilters | undefined): SearchFilters {
  const out: SearchFilters = {}
  for (const [field, condition] of Object.entries(filters ?? {})) {
    if (condition === undefined || field === "q") continue
    switch (field) {
      case "status":
      case "sales_channel_ids":
        break
      case "category_handle":
        out.category = strings(field, condition)
        break
      case "farm_handle":
        out.farm = strings(field, condition)
        break
      case "delivery_type": {
        const values = strings(field, condition)
        if (!values.every((v) => DELIVERY.has(v as DeliveryType))) invalid(`"delivery_type" is normal, chilled or frozen`)
        out.delivery = values as DeliveryType[]
        break
      }
      case "price": {
        const { min, max } = range(condition)
        if (min !== undefined) out.price_min = min
        if (max !== undefined) out.price_max = max
        break
      }
      case "season_months":
        if (typeof condition !== "number") invalid(`"season_months" takes one month (1..12)`)
        out.in_season = condition
        break
      default:
        invalid(`The embedded search cannot filter on "${field}"`)
    }
  }
  return out
}
