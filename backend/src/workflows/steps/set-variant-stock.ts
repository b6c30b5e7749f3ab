import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export type SetVariantStockInput = { location_id: string; items: { variant_id: string; stock: number }[] }

type VariantItems = { id: string; inventory_items?: ({ inventory_item_id: string } | null)[] | null }
type Undo = { restore: { inventory_item_id: string; location_id: string; stocked_quantity: number }[]; created: string[] }

/**
 * The farmer's stock is what can still be sold: the level's stocked quantity becomes stock plus
 * what open orders reserve. A variant without a level at the location gets one. Compensation
 * puts the previous quantities back and removes created levels.
 */
export const setVariantStockStep = createStep(
  "set-variant-stock",
  async (input: SetVariantStockInput, { container }) => {
    const undo: Undo = { restore: [], created: [] }
    if (!input.items.length) return new StepResponse(0, undo)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { id: input.items.map((i) => i.variant_id) } })
    const itemOf = new Map((data as VariantItems[]).map((v) => [v.id, v.inventory_items?.find((i) => i)?.inventory_item_id]))
    const inventory = container.resolve(Modules.INVENTORY)
    const itemIds = [...itemOf.values()].filter((id): id is string => !!id)
    const levels = itemIds.length ? await inventory.listInventoryLevels({ inventory_item_id: itemIds, location_id: input.location_id }) : []
    const levelOf = new Map(levels.map((l) => [l.inventory_item_id, l]))
    const updates: Undo["restore"] = []
    const creates: Undo["restore"] = []
    for (const item of input.items) {
      const inventoryItemId = itemOf.get(item.variant_id)
      if (!inventoryItemId) continue
      const level = levelOf.get(inventoryItemId)
      if (level) {
        updates.push({ inventory_item_id: inventoryItemId, location_id: input.location_id, stocked_quantity: item.stock + Number(level.reserved_quantity) })
        undo.restore.push({ inventory_item_id: inventoryItemId, location_id: input.location_id, stocked_quantity: Number(level.stocked_quantity) })
      } else {
        creates.push({ inventory_item_id: inventoryItemId, location_id: input.location_id, stocked_quantity: item.stock })
      }
    }
    if (updates.length) await inventory.updateInventoryLevels(updates)
    if (creates.length) undo.created = (await inventory.createInventoryLevels(creates)).map((l) => l.id)
    return new StepResponse(updates.length + creates.length, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve(Modules.INVENTORY)
    if (undo.restore.length) await inventory.updateInventoryLevels(undo.restore)
    if (undo.created.length) await inventory.deleteInventoryLevels(undo.created)
  }
)
