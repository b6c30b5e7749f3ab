import type { Category } from "@/lib/catalog/types"
import { listCategoryProducts } from "@/lib/data/listing"
import { applyListing } from "@/lib/listing"
import { listingQuery, type ListingParams } from "@/lib/listing-params"
import { monthInKorea } from "@/lib/season"
import Pagination from "@/modules/common/components/pagination"
import ProductGrid from "@/modules/products/components/product-grid"
import ActiveFilters from "./active-filters"
import ListingFilters from "./listing-filters"
import SortLinks from "./sort-links"
import styles from "./listing.module.css"

/** Reads the category's products once (cached) and shows the filtered, sorted page. */
export default async function CategoryListing({ category, params }: { category: Category; params: ListingParams }) {
  const products = await listCategoryProducts(category.id)
  const listing = applyListing(products, params, monthInKorea())
  const { applied } = listing
  const base = `/categories/${category.handle}`
  return (
    <>
      <ListingFilters action={base} params={applied} farms={listing.farms} />
      <ActiveFilters base={base} params={applied} farms={listing.farms} />
      <div className={styles.toolbar}>
        <p className={styles.count} role="status">
          상품 {listing.total.toLocaleString("ko-KR")}개
        </p>
        <SortLinks base={base} params={applied} />
      </div>
      <h2 className="visually-hidden">상품 목록</h2>
      <ProductGrid
        products={listing.items}
        emptyText={products.length === 0 ? "이 분류에는 아직 상품이 없습니다." : "조건에 맞는 상품이 없습니다. 필터를 바꿔 보세요."}
      />
      <Pagination
        page={listing.page}
        pageCount={listing.pageCount}
        hrefFor={(page) => `${base}${listingQuery({ ...applied, page })}`}
      />
    </>
  )
}
