import { describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import { testRule } from "../support/rule-tester.js";

const seller = { initiatedBy: "seller" as const, orderId: "249-1234567-1234567" };

testRule("order-id", {
  valid: [
    { message: "Your order 249-1234567-1234567 ships tomorrow.", context: seller },
    { message: "ご注文番号：２４９－１２３４５６７－１２３４５６７の商品を発送しました。", context: seller, name: "full-width digits and dashes" },
    { message: "Bestellung 249‑1234567‑1234567: das Ersatzteil ist unterwegs.", context: seller, name: "non-breaking hyphens" },
    { message: "Hi {{buyer_name}}, order {{order_id}} ships tomorrow.", context: seller, name: "an order placeholder counts" },
    { message: "ご注文（{注文番号}）の商品を発送しました。", context: seller, name: "a Japanese order placeholder counts" },
    { message: { subject: "Order 249-1234567-1234567", body: "The replacement ships tomorrow." }, context: seller, name: "in the subject" },
    { message: "Thanks for your question: the lamp takes E27 bulbs.", context: { initiatedBy: "buyer" }, name: "replies need no order id" },
    { message: "", context: { ...seller, channel: "sp-api", messageType: "invoice" }, name: "no text, nothing to name the order in" },
    { message: "The garden kneeler is delayed.", context: {}, name: "an empty context does not say the message is proactive" },
  ],
  invalid: [
    { message: "The garden kneeler is delayed and will ship on Friday.", context: seller, errors: [{ messageId: "missing", field: "body", start: 0, end: 0 }] },
    { message: "The garden kneeler is delayed.", context: { reason: "fulfillment-issue" }, errors: [{ messageId: "missing" }], name: "a declared reason makes the message proactive" },
    { message: "Hi {{buyer_name}}, your parcel ships tomorrow.", context: seller, errors: [{ messageId: "missing" }], name: "a placeholder for something else does not count" },
    {
      message: "The rear rack for order 249-4825232-6077112 ships tomorrow.",
      context: seller,
      errors: [{ messageId: "other-order", text: "249-4825232-6077112" }],
    },
    {
      message: "Your order 249-4825232-6077112 has a question from us.",
      context: { initiatedBy: "buyer", orderId: "249-1234567-1234567" },
      errors: [{ messageId: "other-order", text: "249-4825232-6077112" }],
      name: "another order's id is wrong in a reply too",
    },
  ],
});

describe("order-id severities", () => {
  it("warns about a missing id and errs on another order's id", () => {
    const missing = lint({ body: "Your parcel ships tomorrow." }, seller).violations.filter((v) => v.ruleId === "order-id");
    expect(missing.map((v) => v.severity)).toEqual(["warning"]);
    const other = lint({ body: "Order 249-7654321-7654321 ships tomorrow." }, seller).violations.filter((v) => v.ruleId === "order-id");
    expect(other.map((v) => v.severity)).toEqual(["error"]);
  });
});
