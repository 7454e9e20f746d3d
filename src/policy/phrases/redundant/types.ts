import type { ConceptCatalog } from "../../../detect/phrases.js";

/**
 * Concepts of the redundant-message catalogs: what a proactive message says when it says nothing
 * Amazon does not already tell the buyer. Each is a list of regular-expression sources, matched
 * case-insensitively with the `u` flag on NFKC-normalized text, one sentence at a time.
 *
 * - `thanks`: thanking for the order or purchase ("thank you for your order", "thanks for shopping with
 *   us", "ご注文いただき、誠にありがとうございました", "感谢您的购买", "주문해 주셔서 감사합니다").
 * - `help`: an offer of help with nothing specific in it ("let us know if you have any questions",
 *   "we're here to help", "何かございましたら、お気軽にお知らせください", "如有任何问题请联系我们").
 * - `orderConfirmed`: confirming that the order was received or is being prepared ("we've received your
 *   order", "your order is confirmed", "is being prepared", "ご注文を承りました", "我们已收到您的订单").
 * - `shipped`: announcing shipment or its notice ("your order has shipped", "is on its way", "you'll get
 *   another message when it ships", "本日発送いたしました", "您的订单已发货", "발송되었습니다").
 * - `substance`: anything that makes a sentence carry information the buyer needs: a problem, a change,
 *   a contrast or a request ("but", "however", "unfortunately", "delayed", "missing", "please confirm",
 *   "could you", "しかし", "遅れ", "但是", "延迟", "하지만", "지연"). A sentence with it is never redundant.
 * - `greeting`: salutations and sign-offs that frame a message ("dear", "hi", "best regards",
 *   "sincerely", "様", "您好", "고객님", "Mit freundlichen Grüßen"). They neither add nor remove content.
 */
export type RedundantConcept = "thanks" | "help" | "orderConfirmed" | "shipped" | "substance" | "greeting";

/** What the rule reports for a message. */
export type RedundantFinding = "thank-you-only" | "order-confirmation" | "shipping-confirmation";

export interface RedundantCatalog extends ConceptCatalog<RedundantConcept> {
  /**
   * Whole message bodies (sent proactively, with a valid order id) that must produce `expect`, or
   * nothing for `null`. They run as tests through the whole pipeline.
   */
  examples: readonly { text: string; expect: RedundantFinding | null }[];
}
