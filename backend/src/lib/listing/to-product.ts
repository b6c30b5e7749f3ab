import { newestLot } from "./citrus"
import { isTaxable, noticeTypeOf } from "./notice"
import { productOptions, variantOptions } from "./options"
import { variantTitle, type ListingInput } from "./schema"

/** Ids the listing's product fields refer to: the category's and the VAT product types'. */
export type ProductContext = {
  categoryIds: Record<string, string>
  taxTypes: { taxableId: string; exemptId: string }
}

/** The product fields a listing decides (as Medusa's create and update take them). */
export type ProductFields = {
  title: string
  subtitle: string | null
  description: string
  thumbnail: string | null
  images: { url: string }[]
  category_ids: string[]
  type_id: string
  metadata: Record<string, unknown>
}

/** The seed's metadata keys (the storefront reads them), plus the farmer's citrus data. */
export function listingMetadata(listing: ListingInput): Record<string, unknown> {
  const citrus = listing.category === "citrus" ? listing.citrus : undefined
  const lot = citrus ? newestLot(citrus.lots) : undefined
  return {
    delivery_type: listing.delivery_type,
    season_from: listing.season?.from ?? null,
    season_to: listing.season?.to ?? null,
    origin: listing.origin,
    gift: listing.gift,
    notice_type: noticeTypeOf(listing),
    info_notice: listing.notice,
    // The product page shows the newest lot's sugar and acidity.
    quality: lot ? { brix: lot.brix, acidity: lot.acidity } : null,
    citrus: citrus ? { variety: citrus.variety, heated_greenhouse: citrus.heated_greenhouse ?? null, lots: citrus.lots } : null,
  }
}

export function productFields(listing: ListingInput, ctx: ProductContext): ProductFields {
  const categoryId = ctx.categoryIds[listing.category]
  if (!categoryId) throw new Error(`category ${listing.category} does not exist`)
  return {
    title: listing.title,
    subtitle: listing.subtitle ?? null,
    description: listing.description,
    thumbnail: listing.images[0] ?? null,
    images: listing.images.map((url) => ({ url })),
    category_ids: [categoryId],
    type_id: isTaxable(noticeTypeOf(listing)) ? ctx.taxTypes.taxableId : ctx.taxTypes.exemptId,
    metadata: listingMetadata(listing),
  }
}

export type NewProductContext = ProductContext & { handle: string; shippingProfileId: string; salesChannelId: string }

/** createProductsWorkflow's input for a new listing: a draft, in the shop's channel, shipped by its farm. */
export function newProductInput(listing: ListingInput, ctx: NewProductContext) {
  const fields = productFields(listing, ctx)
  return {
    ...fields,
    handle: ctx.handle,
    status: "draft" as const,
    shipping_profile_id: ctx.shippingProfileId,
    sales_channels: [{ id: ctx.salesChannelId }],
    origin_country: "kr",
    metadata: { ...fields.metadata, tags: listing.citrus && listing.category === "citrus" ? [listing.citrus.variety] : [] },
    options: productOptions(listing.variants),
    variants: listing.variants.map((v) => ({
      title: variantTitle(v),
      options: variantOptions(v),
      manage_inventory: true,
      prices: [{ currency_code: "krw", amount: v.price }],
    })),
  }
}
