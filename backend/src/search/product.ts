import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { PRODUCT_SEARCH_FIELDS, toProductSearchDocument, type ProductSearchRow } from "../lib/product-search-row"

/** Searchable names weigh more than prose; the derived Korean forms are matched, never shown. */
const fields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  title: search.text().searchable({ weight: 5 }),
  subtitle: search.text().searchable({ weight: 2 }),
  description: search.text().searchable({ weight: 1 }),
  thumbnail: search.keyword(),
  tags: search.keyword().array().searchable({ weight: 3 }),
  variety_words: search.keyword().array().searchable({ weight: 3 }),
  category_handle: search.keyword().filterable().facetable(),
  category_name: search.text().searchable({ weight: 3 }),
  farm_handle: search.keyword().filterable().facetable(),
  farm_name: search.text().searchable({ weight: 3 }),
  price: search.integer().filterable().sortable(),
  delivery_type: search.keyword().filterable().facetable(),
  season_from: search.integer(),
  season_to: search.integer(),
  season_months: search.integer().array().filterable(),
  status: search.keyword().filterable().retrievable(false),
  sales_channel_ids: search.keyword().array().filterable().retrievable(false),
  created_at: search.date().sortable(),
  korean_choseong: search.keyword().array().searchable({ weight: 2 }).retrievable(false),
  korean_qwerty: search.keyword().array().searchable({ weight: 2 }).retrievable(false),
  korean_roman: search.keyword().array().searchable({ weight: 2 }).retrievable(false),
  korean_jamo: search.keyword().array().searchable({ weight: 1 }).retrievable(false),
})

const source = {
  fields: PRODUCT_SEARCH_FIELDS,
  // A product that must not be found yields no document: the Search Module then deletes it.
  transform: (rows: ProductSearchRow[]) => rows.flatMap((row) => toProductSearchDocument(row) ?? []),
}

const consumeProducts = graphConsume(source)

type Ingestion = SearchTypes.SearchIngestionContext
type IngestEvent = Parameters<typeof consumeProducts>[0]

const ids = (event: IngestEvent): string[] => ([] as unknown[]).concat(event.data?.id ?? []).map(String)

/** Variant and farm events re-index their products (a deleted variant is an edit of its product). */
async function productIdsOf(event: IngestEvent, ctx: Ingestion): Promise<string[]> {
  const query = ctx.container.query
  if (event.name.startsWith("product-variant.")) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: ids(event) }, withDeleted: true })
    return data.map((v: { product_id: string | null }) => v.product_id).filter((id): id is string => Boolean(id))
  }
  const { data } = await query.graph({ entity: "farm", fields: ["products.id"], filters: { id: ids(event) } })
  // Typed here: the generated query types (.medusa/types) do not exist before the first build.
  const farms = data as unknown as { products?: ({ id?: string } | null)[] | null }[]
  return farms.flatMap((farm) => (farm.products ?? []).flatMap((p) => (p?.id ? [p.id] : [])))
}

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields,
  events: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "farm.updated",
  ],
  async consume(event, ctx) {
    if (event.name.startsWith("product.")) return consumeProducts(event, ctx)
    const productIds = [...new Set(await productIdsOf(event, ctx))]
    if (!productIds.length) return []
    return consumeProducts({ ...event, name: "product.updated", data: { id: productIds } }, ctx)
  },
  seed: graphSeed(source),
})
