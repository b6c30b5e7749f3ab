import { Suspense } from "react"
import { monthInKorea } from "@/lib/season"
import GridSkeleton from "@/modules/common/components/grid-skeleton"
import CategoryTiles from "../components/category-tiles"
import FeaturedFarms from "../components/featured-farms"
import GiftSets from "../components/gift-sets"
import HomeSection from "../components/home-section"
import Hero from "../components/hero"
import SeasonalProducts from "../components/seasonal-products"

/**
 * Home: this month's seasonal goods, the categories, gift sets and a few farms. Two backend
 * reads in all (the catalog, shared by the product sections, and the first farms), both cached
 * with tags; each section streams in behind its own skeleton.
 */
export default function HomeTemplate() {
  return (
    <>
      <Hero />
      <HomeSection id="season-heading" title="이달의 제철" lead={`${monthInKorea()}월, 서귀포 밭과 바다에서 지금 가장 맛있는 것들.`}>
        <Suspense fallback={<GridSkeleton cards={4} label="제철 상품을 불러오는 중입니다" />}>
          <SeasonalProducts />
        </Suspense>
      </HomeSection>
      <HomeSection id="categories-heading" title="분류별로 보기">
        <CategoryTiles />
      </HomeSection>
      <HomeSection id="gifts-heading" title="선물세트" lead="명절과 고마운 분께, 산지에서 바로 보내는 선물 상자.">
        <Suspense fallback={<GridSkeleton cards={4} label="선물세트를 불러오는 중입니다" />}>
          <GiftSets />
        </Suspense>
      </HomeSection>
      <HomeSection id="farms-heading" title="서귀포 농가" more={{ href: "/farms", label: "모든 농가 보기" }}>
        <Suspense fallback={<p className="muted">농가를 불러오는 중입니다</p>}>
          <FeaturedFarms />
        </Suspense>
      </HomeSection>
    </>
  )
}
