import { testRule } from "../support/rule-tester.js";

const msg = (subject: string) => ({ subject, body: "Hello" });

testRule("important-tag", {
  valid: [
    { message: msg("【重要】お届け先住所の確認"), context: { reason: "review-request" } },
    { message: { subject: "Hello", body: "[重要] in the body is not the subject tag" } },
    { message: msg("Important: engraving text"), context: { reason: "other" } },
    { message: msg("［Important］ full-width brackets"), context: { reason: "other" } },
    { message: msg("[Wichtig] Ihre Meinung"), context: { reason: "review-request" }, name: "a translated tag never had a meaning to Amazon" },
    { message: msg("[ Importante ] Su pedido"), context: { reason: "return" } },
  ],
  invalid: [
    { message: msg("[Important] Tell us about your light"), context: { reason: "review-request" }, errors: [{ messageId: "misuse", text: "[Important]", field: "subject" }], output: "Tell us about your light", outputField: "subject" },
    { message: msg("Need information [important]"), context: { reason: "other" }, errors: [{ messageId: "misuse", text: "[important]" }], output: "Need information", outputField: "subject" },
    { message: msg("[重要]ご購入商品の使い方について"), context: { reason: "other" }, errors: [{ messageId: "misuse", text: "[重要]" }], output: "ご購入商品の使い方について", outputField: "subject" },
    { message: msg("[ Important! ] Su pedido"), context: { reason: "return" }, errors: [{ messageId: "misuse", text: "[ Important! ]" }], output: "Su pedido", outputField: "subject" },
    { message: msg("[重要] お届け先住所の確認のお願い"), context: { reason: "shipping-address" }, errors: [{ messageId: "no-effect", severity: "warning", text: "[重要]" }], output: "お届け先住所の確認のお願い", outputField: "subject" },
    { message: msg("[Important] Engraving needed"), context: { reason: "custom-design" }, errors: [{ messageId: "no-effect", severity: "warning" }], output: "Engraving needed", outputField: "subject" },
    { message: msg("[Important] no reason given"), errors: [{ messageId: "no-effect", severity: "warning" }], output: "no reason given", outputField: "subject" },
  ],
});

testRule("important-tag", {
  valid: [
    { message: msg("[Important] Delivery slot"), context: { reason: "delivery-scheduling", now: "2025-03-01T00:00:00Z" }, name: "before 2025-04-25 the tag still worked on critical messages" },
    { message: msg("[Urgent] Delivery slot"), context: { reason: "other" }, name: "[Urgent] is not the tag" },
  ],
  invalid: [
    { message: msg("[Important] Please review us"), context: { reason: "review-request", now: "2025-03-01T00:00:00Z" }, errors: [{ messageId: "misuse" }], output: "Please review us", outputField: "subject" },
  ],
});
