import type { ConceptCatalog } from "../../../detect/phrases.js";

/**
 * Concepts of the marketing catalogs. Each is a list of regular-expression sources, matched
 * case-insensitively with the `u` flag on NFKC-normalized text, one sentence at a time. Precision
 * comes first: a term belongs here only if, in a message to a buyer, it almost always means what the
 * concept says. Everyday words of customer service ("new one", "replacement", "refund", "follow the
 * instructions", "our website's manual") must not match.
 *
 * - `coupon`: a coupon, voucher, promo or discount code, or a code handed out ("coupon", "promo code",
 *   "code SPOKE20", "クーポン", "优惠券", "쿠폰", "Gutschein", "code promo"). Marketing together with a
 *   `future` purchase, a `discount`, or a code written out (an upper-case token with digits, "SPOKE20"):
 *   a coupon word alone may name a field of Amazon's checkout ("Redeem a Gift Card or Promotional Code").
 * - `discount`: a price cut ("20% off", "save 10%", "500円引き", "立减", "할인", "Rabatt", "réduction").
 *   Marketing only together with another concept (a future purchase, a sale, the seller's shop or site).
 * - `future`: a later purchase ("your next order", "next purchase", "次回のお買い物", "下次购物", "다음 구매").
 * - `checkout`: paying for an order ("at checkout", "an der Kasse", "lors du paiement", "決済時",
 *   "结算时"). A code written out and redeemed at checkout is a discount code even without a coupon word.
 * - `sale`: a promotion running now ("on sale", "special offer", "limited-time offer", "Black Friday",
 *   "セール", "フェア開催中", "促销活动", "세일", "Sonderangebot", "soldes", "rebajas"). Marketing together with
 *   a `discount`, an `invite`, `otherProducts`, the `store` or a `future` purchase: by itself it may state
 *   a fact ("the shears went on sale after you bought them").
 * - `crossSell`: a recommendation of something else to buy ("you'll also like", "you might also like",
 *   "pairs perfectly with", "complete the set", "customers also bought", "こちらの商品もおすすめ").
 *   Marketing by itself.
 * - `otherProducts`: the seller's other or new products ("our new grooming kit", "our other products",
 *   "our new collection", "new arrivals", "新作", "新商品のご案内", "신상품", "nuestra nueva colección").
 * - `invite`: an invitation to look or to keep up ("check out", "have you seen", "discover", "take a
 *   look at", "don't miss", "be the first to know", "ご覧ください", "チェックしてみて", "欢迎选购", "확인해 보세요").
 *   Marketing together with `otherProducts` or `store`.
 * - `follow`: following or liking the seller on social media or in the store ("follow us", "like us on
 *   Facebook", "Instagramをフォロー", "关注我们", "팔로우", "folgen Sie uns", "suivez-nous"). Marketing by itself.
 * - `newsletter`: a newsletter or mailing list ("newsletter", "mailing list", "sign up for our emails",
 *   "メルマガ", "뉴스레터", "lettre d'information"). Marketing by itself.
 * - `offAmazon`: buying outside Amazon ("buy directly from us", "order directly on our website",
 *   "outside Amazon", "自社サイトで直接ご購入", "直接在我们的官网"). Marketing by itself.
 * - `ownSite`: the seller's own website or web shop ("our website", "our online shop", "公式サイト",
 *   "unsere Website", "notre site"). Marketing together with `buy`, `discount`, `coupon` or `sale`; a
 *   visit alone ("register your warranty on our website") is not.
 * - `buy`: buying or ordering ("buy", "order", "shop", "購入", "购买", "구매", "kaufen", "acheter").
 * - `store`: the seller's store on Amazon or elsewhere ("our store", "our Amazon storefront", "our shop",
 *   "当店の他の商品", "我们店铺", "저희 스토어"). Marketing together with `invite`.
 */
export type MarketingConcept =
  | "coupon" | "discount" | "future" | "checkout" | "sale" | "crossSell" | "otherProducts" | "invite" | "follow"
  | "newsletter" | "offAmazon" | "ownSite" | "buy" | "store";

/** What the rule reports for a sentence. */
export type MarketingFinding =
  | "coupon" | "promotion" | "other-products" | "follow-us" | "newsletter" | "off-amazon" | "storefront";

export interface MarketingCatalog extends ConceptCatalog<MarketingConcept> {
  /**
   * Sentences that must produce `expect` (or nothing, for `null`). They run as tests through the
   * whole pipeline, so every finding is exercised and ordinary customer service is shown to pass.
   */
  examples: readonly { text: string; expect: MarketingFinding | null }[];
}
