import { testRule } from "../support/rule-tester.js";

const optedOut = { initiatedBy: "seller" as const, buyerOptedOut: true };

testRule("opted-out-buyer", {
  valid: [
    { message: "Which day suits you for delivery?", context: { ...optedOut, reason: "delivery-scheduling" } },
    { message: "The house number is missing.", context: { ...optedOut, reason: "shipping-address" } },
    { message: "Please confirm the engraving.", context: { ...optedOut, reason: "custom-design" } },
    { message: "Our warehouse flooded.", context: { ...optedOut, reason: "unexpected-problem" } },
    { message: "Please find the disclosure attached.", context: { ...optedOut, reason: "legal-disclosure" } },
    { message: "Which size did you mean?", context: { ...optedOut, reason: "additional-information" } },
    { message: "Thanks for your question!", context: { initiatedBy: "buyer", buyerOptedOut: true, reason: "other" }, name: "replies reach opted-out buyers" },
    { message: "How is the lamp?", context: { initiatedBy: "seller", buyerOptedOut: false, reason: "review-request" } },
    { message: "Please confirm the address.", context: { ...optedOut, channel: "sp-api", messageType: "confirmDeliveryDetails" }, name: "a critical SP-API type" },
  ],
  invalid: [
    { message: "We'd welcome your review.", context: { ...optedOut, reason: "review-request" }, errors: [{ messageId: "blocked", field: "context" }] },
    { message: "Care tips for your diary.", context: { buyerOptedOut: true, reason: "other" }, errors: [{ messageId: "blocked" }], name: "initiatedBy defaults to seller" },
    { message: "Your invoice is attached.", context: { ...optedOut, reason: "invoice" }, errors: [{ messageId: "blocked" }] },
    { message: "", context: { ...optedOut, channel: "sp-api", messageType: "warranty" }, errors: [{ messageId: "blocked" }], name: "a non-critical SP-API type" },
    { message: "Hello!", context: optedOut, errors: [{ messageId: "unknown-reason", severity: "info" }], name: "no reason: the rule asks for one" },
  ],
});
