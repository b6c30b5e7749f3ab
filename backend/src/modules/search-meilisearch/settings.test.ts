import { search } from "@medusajs/framework/utils"
import type { Settings } from "meilisearch" with { "resolution-mode": "import" }
import { describe, expect, it } from "vitest"
import { loadCatalog } from "../../scripts/seed/load-catalog"
import { buildSettings, KOREAN_LEXICON, meilisearchSynonyms, RANKING_RULES, searchableAttributes } from "./settings"
import { productDefinition } from "./test-fixtures"

const product = productDefinition()

describe("buildSettings for the product index", () => {
  const settings: Settings = buildSettings(product)

  it("searches the names first, then the derived Korean forms, prose last", () => {
    expect(settings.searchableAttributes).toEqual([
      ...["title", "tags", "variety_words", "category_name", "farm_name"],
      ...["subtitle", "korean_choseong", "korean_qwerty", "korean_roman"],
      ...["description", "korean_jamo"],
    ])
  })

  it("filters, facets and sorts on what the definition declares", () => {
    expect(settings.filterableAttributes).toEqual([
      ...["id", "category_handle", "farm_handle", "price", "delivery_type"],
      ...["season_months", "status", "sales_channel_ids"],
    ])
    expect(settings.sortableAttributes).toEqual(["price", "created_at"])
  })

  it("shows only retrievable fields: never status, channels or the derived forms", () => {
    expect(settings.displayedAttributes).toEqual([
      ...["id", "handle", "title", "subtitle", "description", "thumbnail", "tags", "variety_words"],
      ...["category_handle", "category_name", "farm_handle", "farm_name", "price", "delivery_type"],
      ...["season_from", "season_to", "season_months", "created_at"],
    ])
  })

  it("segments the Korean names as Korean, with default ranking and no typo settings of its own", () => {
    expect(settings.localizedAttributes).toEqual([
      {
        attributePatterns: ["title", "subtitle", "description", "tags", "variety_words", "category_name", "farm_name"],
        locales: ["kor"],
      },
    ])
    expect(settings.rankingRules).toEqual(["words", "typo", "proximity", "attribute", "sort", "exactness"])
    expect(settings.distinctAttribute).toBeNull()
    expect(settings).not.toHaveProperty("typoTolerance")
  })

  it("keeps variety names whole, each one a word of the seeded catalog", () => {
    expect(settings.dictionary).toEqual(expect.arrayContaining(["한라봉", "천혜향", "레드향", "황금향", "노지감귤", "흑돼지", "옥돔", "은갈치"]))
    const text = loadCatalog()
      .products.map((p) => [p.title, ...p.tags, ...(p.notice ?? []).map((n) => n.value)].join(" "))
      .join(" ")
    for (const word of settings.dictionary ?? []) expect(text, word).toContain(word)
  })

  it("carries synonym-data.json: equivalents both ways, aliases one way", () => {
    const synonyms = settings.synonyms ?? {}
    expect(synonyms["감귤"]).toContain("밀감")
    expect(synonyms["밀감"]).toContain("감귤")
    expect(synonyms["은갈치"]).toContain("갈치")
    expect(synonyms["갈치"]).toContain("은갈치")
    expect(synonyms["귤"]).toEqual(["감귤"])
    expect(synonyms["감귤"]).not.toContain("귤")
    expect(settings.synonyms).toEqual(meilisearchSynonyms())
  })
})

describe("buildSettings from other definitions", () => {
  const fields = search
    .define({
      id: search.keyword().filterable(),
      name: search.text().searchable(),
      brand: search.object({ name: search.text().searchable({ weight: 4 }), code: search.keyword().facetable() }),
      secret: search.keyword().retrievable(false),
      embedding: search.vector(3),
      korean_choseong: search.keyword().array(),
    })
    .toFields()
  const definition = productDefinition({ fields })

  it("flattens object fields to dotted leaves and makes a facet filterable", () => {
    const settings = buildSettings(definition, { synonyms: {}, dictionary: [] })
    expect(searchableAttributes(definition)).toEqual(["brand.name", "name", "korean_choseong"])
    expect(settings.filterableAttributes).toEqual(["id", "brand.code"])
    expect(settings.displayedAttributes).toEqual(["id", "name", "brand.name", "brand.code", "korean_choseong"])
    expect(settings).toMatchObject({ synonyms: {}, dictionary: [], rankingRules: RANKING_RULES })
  })

  it("maps typo tolerance, the distinct attribute and raw Meilisearch overrides", () => {
    const settings = buildSettings(
      productDefinition({
        fields,
        settings: {
          typo_tolerance: { min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8, disabled_on_attributes: ["korean_choseong"] },
          distinct_attribute: "brand.code",
          provider_options: { "search-meilisearch": { rankingRules: ["sort", "words"] } },
        },
      })
    )
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnAttributes: ["korean_choseong"],
    })
    expect(settings.distinctAttribute).toBe("brand.code")
    expect(settings.rankingRules).toEqual(["sort", "words"])
    expect(buildSettings(productDefinition({ fields, settings: { typo_tolerance: { enabled: false } } })).typoTolerance).toEqual({
      enabled: false,
      disableOnAttributes: [],
    })
  })

  it("uses the Korean lexicon by default", () => {
    expect(buildSettings(definition)).toMatchObject(KOREAN_LEXICON)
  })
})
