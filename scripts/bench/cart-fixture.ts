import { z } from "zod"

async function storeCall<T>(url: string, key: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method: body === undefined ? "GET" : "POST",
    headers: { "x-publishable-api-key": key, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${body === undefined ? "GET" : "POST"} ${url}: HTTP ${response.status} ${text.slice(0, 300)}`)
  return schema.parse(JSON.parse(text))
}

const productSchema = z.object({ products: z.array(z.object({ variants: z.array(z.object({ id: z.string() })).nullish() })) })
const cartSchema = z.object({ cart: z.object({ id: z.string().regex(/^cart_[A-Za-z0-9]+$/), items: z.array(z.unknown()).nullish() }) })

/**
 * A new cart holding one unit of the product (its first variant that can be added), created through
 * the store API as the storefront would: the id to put in the storefront's cart cookie.
 */
export async function cartWithOneItem(backendUrl: string, key: string, region: string, productHandle: string): Promise<string> {
  const query = new URLSearchParams({ handle: productHandle, fields: "id,*variants" })
  const { products } = await storeCall(`${backendUrl}/store/products?${query.toString()}`, key, productSchema)
  const variants = products[0]?.variants ?? []
  if (variants.length === 0) throw new Error(`the store has no product "${productHandle}" with variants`)
  let lastError: unknown
  for (const variant of variants) {
    try {
      const { cart } = await storeCall(`${backendUrl}/store/carts`, key, cartSchema, {
        region_id: region,
        items: [{ variant_id: variant.id, quantity: 1 }],
      })
      if ((cart.items ?? []).length !== 1) throw new Error(`the new cart ${cart.id} holds ${(cart.items ?? []).length} items`)
      return cart.id
    } catch (error) {
      lastError = error // e.g. sold out: try the next variant
    }
  }
  throw new Error(`could not put "${productHandle}" in a cart: ${lastError instanceof Error ? lastError.message : String(lastError)}`)
}
