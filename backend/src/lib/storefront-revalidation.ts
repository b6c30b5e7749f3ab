/**
 * The storefront caches catalog reads under tags (products, product-<handle>, farms …). When
 * the catalog changes, the backend names the changed tags to the storefront's revalidation
 * route, so a new price shows within seconds rather than after the cache's lifetime.
 */
export type RevalidationTarget = { storefrontUrl: string; secret: string }

export function productTags(handle: string | null | undefined): string[] {
  return handle ? ["products", `product-${handle}`] : ["products"]
}

export async function revalidateStorefront(target: RevalidationTarget, tags: string[], fetchImpl: typeof fetch = fetch): Promise<void> {
  const response = await fetchImpl(`${target.storefrontUrl.replace(/\/+$/, "")}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-revalidate-secret": target.secret },
    body: JSON.stringify({ tags }),
    signal: AbortSignal.timeout(5_000),
  })
  if (!response.ok) throw new Error(`storefront revalidation answered ${response.status}`)
}
