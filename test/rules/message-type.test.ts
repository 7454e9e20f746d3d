import { testRule } from "../support/rule-tester.js";

const api = (messageType: string, extra: object = {}) => ({ channel: "sp-api" as const, messageType, ...extra });
const pdf = { name: "invoice-123.pdf", size: 12000 };

testRule("message-type", {
  valid: [
    { message: "Please confirm the delivery window.", context: api("confirmDeliveryDetails") },
    { message: "x".repeat(400), context: api("digitalAccessKey"), name: "exactly 400" },
    { message: "😀".repeat(400), context: api("digitalAccessKey"), options: { unit: "codepoints" }, name: "400 code points" },
    { message: { body: "", attachments: [pdf] }, context: api("invoice") },
    { message: { body: "", attachments: [pdf] }, context: api("sendInvoice"), name: "operation names are accepted" },
    { message: { body: "", attachments: [pdf] }, context: api("CreateWarranty") },
    { message: { body: "Your name spelling?", attachments: [{ name: "proof.png" }] }, context: api("confirmCustomizationDetails") },
    { message: "Which colour?", context: api("confirmOrderDetails", { order: { status: "unshipped" } }) },
    { message: "<p>Hello</p>", context: { channel: "email" }, name: "other channels are not checked" },
    { message: "Use a < b and 5 > 3 as needed.", context: api("unexpectedProblem"), name: "angle brackets that are not tags" },
    { message: "Size <M> or <L>? Please confirm before we ship.", context: api("confirmOrderDetails"), name: "angle-bracketed sizes are not tags" },
    { message: "Hello <<name>>, please confirm the delivery date.", context: api("confirmDeliveryDetails"), name: "a <<placeholder>> is not HTML" },
  ],
  invalid: [
    { message: "x".repeat(401), context: api("digitalAccessKey"), errors: [{ messageId: "too-long", field: "body", start: 400, end: 401 }] },
    { message: "😀".repeat(201), context: api("digitalAccessKey"), errors: [{ messageId: "too-long", start: 400, end: 402 }], name: "UTF-16 units by default" },
    { message: "a" + "😀".repeat(200), context: api("digitalAccessKey"), errors: [{ messageId: "too-long", start: 399, end: 401 }], name: "never cuts a surrogate pair" },
    { message: "a".repeat(801), context: api("confirmCustomizationDetails"), errors: [{ messageId: "too-long", start: 800 }] },
    { message: "a".repeat(2001), context: api("unexpectedProblem"), errors: [{ messageId: "too-long", start: 2000 }] },
    { message: "Informationspflicht: siehe Anhang.", context: api("legalDisclosure"), errors: [{ messageId: "no-text", text: "Informationspflicht: siehe Anhang." }] },
    { message: "", context: api("warranty"), errors: [{ messageId: "attachments-required", field: "context" }] },
    { message: " ", context: api("confirmDeliveryDetails"), errors: [{ messageId: "empty-text" }] },
    { message: "Please <b>confirm</b> the slot.", context: api("confirmDeliveryDetails"), errors: [{ messageId: "html", text: "<b>" }] },
    { message: { body: "<p>Please confirm the slot.</p>", format: "html" }, context: api("confirmDeliveryDetails"), errors: [{ messageId: "html" }] },
    { message: { body: "Please confirm.", attachments: [pdf] }, context: api("confirmDeliveryDetails"), errors: [{ messageId: "attachments-not-allowed", field: "attachments", attachment: 0 }] },
    { message: "Which colour?", context: api("confirmOrderDetails", { order: { status: "shipped" } }), errors: [{ messageId: "after-shipment", field: "context" }] },
    { message: "", context: api("negativeFeedbackRemoval"), errors: [{ messageId: "removed-type" }] },
    { message: "", context: api("amazonMotors"), errors: [{ messageId: "removed-type" }] },
    { message: "Hi", context: api("confirmShipping"), errors: [{ messageId: "unknown-type" }] },
    { message: "Hi", context: { channel: "sp-api" }, errors: [{ messageId: "missing-type", severity: "info" }] },
  ],
});
