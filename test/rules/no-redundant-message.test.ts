import { testRule } from "../support/rule-tester.js";

const proactive = { initiatedBy: "seller" } as const;
const thanksOnly = "Hi Sam,\n\nThank you for your order! We're here if you need anything.\n\nBest,\nLumen";

testRule("no-redundant-message", {
  valid: [
    { message: thanksOnly, context: { initiatedBy: "buyer" }, name: "a reply in the buyer's thread" },
    { message: thanksOnly, context: {}, name: "an unknown thread: no finding" },
    { message: "Hi Sam,\n\nThank you for your order! The lamp needs an E26 bulb, which is not included.\n\nLumen", context: proactive, name: "thanks with information the buyer needs" },
    {
      message: "Hi Sam,\n\nYour order has shipped. Please note the box must be signed for, so someone needs to be home on Friday.\n\nLumen",
      context: proactive,
      name: "a shipment note with an instruction",
    },
    { message: { body: "Hi Sam,\n\nThank you for your order! Your invoice is attached.\n\nLumen", attachments: [{ name: "invoice.pdf" }] }, context: proactive, name: "an attachment is content" },
    { message: "Hi Sam,\n\nThank you for your order! Once it arrives, we'd welcome an honest review.\n\nLumen", context: proactive, name: "a review request is content" },
  ],
  invalid: [
    { message: thanksOnly, context: proactive, errors: [{ messageId: "thank-you-only", text: "Thank you for your order! We're here if you need anything." }] },
    { message: thanksOnly, context: { reason: "other" }, errors: [{ messageId: "thank-you-only" }], name: "a declared reason makes it proactive" },
    { message: "Hi Sam,\n\nYour order has shipped and is on its way.\n\nLumen", context: proactive, errors: [{ messageId: "shipping-confirmation", text: "Your order has shipped and is on its way." }] },
    { message: "Hi Sam,\n\nWe have received your order and are preparing it.\n\nLumen", context: proactive, errors: [{ messageId: "order-confirmation" }] },
    ...["Summit Rack Co.", "Acme Ltd.", "Café Sol S.L.", "Casa Dolce S.r.l.", "Nordhem Sp. z o.o."].map((signature) => ({
      message: `Hi Sam,\n\nGood news: your order has shipped and is on its way to you!\n\n${signature}`,
      context: proactive,
      errors: [{ messageId: "shipping-confirmation", text: "Good news: your order has shipped and is on its way to you!" }],
      name: `signed ${signature}`,
    })),
    { message: "山田様\n\nこの度はご注文いただき誠にありがとうございます。\n\nはなみずき園芸", context: proactive, errors: [{ messageId: "thank-you-only", text: "この度はご注文いただき誠にありがとうございます。" }] },
    { message: "Hallo Frau Weber,\n\nvielen Dank für Ihre Bestellung!\n\nViele Grüße\nGartenwelt", context: proactive, errors: [{ messageId: "thank-you-only", text: "vielen Dank für Ihre Bestellung!" }] },
  ],
});
