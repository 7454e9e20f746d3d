import type { ConceptCatalog } from "../../../detect/phrases.js";

/**
 * Concepts of the review-manipulation catalogs. Each is a list of regular-expression sources
 * (matched case-insensitively with the `u` flag on NFKC-normalized text):
 *
 * - `review`: a product review, seller feedback, a rating or star rating as something the buyer writes
 *   or gives ("review", "feedback", "rating", "rate us", "Rezension", "レビュー", "评价", "리뷰").
 * - `positive`: a favourable verdict asked for ("positive", "good", "glowing", "好评", "좋은").
 * - `topStars`: four or five stars or full marks ("5 stars", "five-star", "星5つ", "五星", "별 다섯 개").
 * - `lowStars`: one to three stars ("1-star", "星1つ", "2 estrellas").
 * - `neutral`: explicit welcome of any verdict ("positive or negative", "good or bad", "whatever it is",
 *   "好评差评都可以", "良かった点も気になった点も"). It cancels `positive` and `ifHappy`.
 * - `contrary`: a disjunction opening the contrary verdict ("or not so", "ou moins", "o meno", "oder
 *   weniger", "or bad"). Right after a `positive` word it welcomes any verdict, like `neutral`.
 * - `thanked`: thanks for something the buyer did ("thank you for your", "Dank für Ihre", "merci pour
 *   votre", "いただきありがとう", "感谢您给"). Next to a review or stars, a review already written: no
 *   request, unless the sentence asks for something else too.
 * - `ifHappy`: a condition on satisfaction ("if you are happy", "if you liked it", "happy with them?",
 *   "falls Sie zufrieden sind", "気に入っていただけたら", "满意的话", "만족하셨다면").
 * - `incentive`: compensation or a benefit ("free", "gift", "refund", "coupon", "discount", "reward",
 *   "in exchange", "プレゼント", "返金", "返现", "사은품").
 * - `change`: changing or removing something already written ("remove", "delete", "take down",
 *   "change", "update", "revise", "書き直", "削除", "修改", "삭제").
 * - `negative`: dissatisfaction or a bad verdict ("not happy", "unhappy", "dissatisfied", "negative",
 *   "bad review", "any problem", "不満", "差评", "불만").
 * - `contactFirst`: asking to contact the seller first ("contact us first", "message us first",
 *   "まずはご連絡ください", "先联系我们"). Gating only together with a review word nearby.
 * - `contactUs`: asking to contact the seller, without "first" ("reach out to us", "contactez-nous",
 *   "melden Sie sich bei uns"). Gating only with `beforeReview` in the same sentence.
 * - `beforeReview`: before or instead of posting a review ("before leaving", "before you post",
 *   "instead of leaving", "評価の前に", "留评之前"). Gating by itself, with `negative`.
 */
export type ReviewConcept =
  | "review" | "positive" | "topStars" | "lowStars" | "neutral" | "ifHappy" | "incentive" | "change"
  | "negative" | "contactFirst" | "beforeReview" | "contrary" | "thanked" | "contactUs";

/** What the rule reports for a sentence. */
export type ReviewFinding = "star-rating" | "positive-only" | "incentive" | "change-review" | "gating";

export interface ReviewCatalog extends ConceptCatalog<ReviewConcept> {
  /** A neutral, compliant review request in this language, offered as a suggestion. */
  neutralRequest: string;
  /**
   * Sentences that must produce `expect` (or nothing, for `null`). They run as tests, so every
   * concept and every finding of the catalog is exercised, and neutral requests are shown to pass.
   */
  examples: readonly { text: string; expect: ReviewFinding | null }[];
}
