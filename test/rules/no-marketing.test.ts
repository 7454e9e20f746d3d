import { testRule } from "../support/rule-tester.js";

testRule("no-marketing", {
  valid: [
    { message: "Your replacement ships today with tracking 1Z999AA10123456784." },
    { message: "Write return code RMA12345 on the label so our warehouse can match it.", name: "a return code is not a discount code" },
    { message: "We refunded the $4.50 difference through Amazon; it shows as a separate refund." },
    { message: "Follow the steps in the attached PDF to assemble the shelf.", name: "follow the steps is not follow us" },
    { message: "You can see the refund under Your Orders: https://www.amazon.com/gp/your-account/order-history", name: "an Amazon order page" },
    { message: "The discount you saw at checkout was applied by Amazon, not by us.", name: "explaining a price is not a promotion" },
    { message: "ご注文の商品は明日発送いたします。" },
    { message: "The manual is on the product page: https://www.amazon.com/dp/B0C1234567", name: "a product link without an invitation is only a link" },
  ],
  invalid: [
    {
      message: "Hi Ana,\nUse code SPRING20 for 20% off your next order.\nBest, Lumen",
      errors: [{ messageId: "coupon", text: "Use code SPRING20 for 20% off your next order." }],
    },
    {
      message: "Thanks again! Follow us on Instagram for styling tips.",
      errors: [{ messageId: "follow-us", text: "Follow us on Instagram for styling tips." }],
      name: "follow us without a handle is marketing only",
    },
    {
      message: "Browse our other products in our store: https://www.amazon.com/stores/Lumen/page/1234",
      errors: [{ messageId: "other-products" }],
    },
    {
      message: "You might also like our matching pillow covers: https://www.amazon.com/dp/B0C1234567",
      errors: [{ messageId: "other-products" }],
      name: "a product link with an invitation",
    },
    {
      message: "Take a look at our matching stackable lids - they sell out fast: https://www.amazon.com/dp/B0C7654321",
      errors: [{ messageId: "other-products" }],
      name: "an invitation with no other marketing word",
    },
    { message: "Sign up for our newsletter to hear about new arrivals first.", errors: [{ messageId: "newsletter" }] },
    { message: "Next time, order directly from our website and save 15%.", errors: [{ messageId: "off-amazon" }] },
    {
      message: "Mit dem Gutschein GARTEN15 sparen Sie 15 % bei Ihrer nächsten Bestellung.",
      errors: [{ messageId: "coupon", text: "Mit dem Gutschein GARTEN15 sparen Sie 15 % bei Ihrer nächsten Bestellung." }],
    },
    { message: "次回のお買い物で使える10%オフクーポンをプレゼントします。", errors: [{ messageId: "coupon" }] },
    { message: "Suivez-nous sur Instagram pour nos nouveautés !", errors: [{ messageId: "follow-us" }] },
    {
      message: { subject: "20% off your next order", body: "Hi, use code LAMP20 at checkout." },
      errors: [
        { messageId: "coupon", field: "subject", text: "20% off your next order" },
        { messageId: "coupon", field: "body", text: "Hi, use code LAMP20 at checkout." },
      ],
      name: "each field is read",
    },
  ],
});
