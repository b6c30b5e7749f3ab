/**
 * Searches to offer before the shopper types anything (the search box, the empty search page):
 * a short fixed list of what Seogwipo is known for. No imports: the search box ships it to browsers.
 */
export const POPULAR_SEARCHES = ["한라봉", "천혜향", "레드향", "감귤", "옥돔", "흑돼지", "선물세트"] as const
