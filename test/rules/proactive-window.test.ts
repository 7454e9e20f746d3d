import { testRule } from "../support/rule-tester.js";

const order = (deliveredAt?: string) => ({
  status: "delivered" as const,
  purchasedAt: "2025-08-01T00:00:00Z",
  ...(deliveredAt ? { deliveredAt } : {}),
});

testRule("proactive-window", {
  valid: [
    { message: "Tip", context: { initiatedBy: "seller", order: order("2025-09-01T00:00:00Z"), now: "2025-09-30T00:00:00Z" } },
    { message: "Tip", context: { initiatedBy: "seller", order: order("2025-09-01T00:00:00Z"), now: "2025-10-01T00:00:00Z" }, name: "exactly 30 days" },
    { message: "Reply", context: { initiatedBy: "buyer", order: order("2025-01-01T00:00:00Z"), now: "2025-09-30T00:00:00Z" }, name: "buyer-initiated threads are exempt" },
    { message: "Tip", context: { initiatedBy: "seller", now: "2025-09-30T00:00:00Z" }, name: "no order dates: no finding" },
    { message: "Tip", context: { initiatedBy: "seller", order: order("2025-09-10T00:00:00Z"), now: "2025-09-16T00:00:00Z" }, options: { anchor: "purchase", maxDays: 60 } },
  ],
  invalid: [
    { message: "Tip", context: { initiatedBy: "seller", order: order("2025-08-07T03:00:00Z"), now: "2025-09-16T08:00:00Z" }, errors: [{ messageId: "too-late", field: "context", start: 0, end: 0 }] },
    { message: "Tip", context: { order: { purchasedAt: "2025-07-14T00:00:00Z" }, now: "2025-09-16T00:00:00Z" }, errors: [{ messageId: "too-late" }], name: "initiatedBy defaults to seller; purchase date when no delivery" },
    { message: "Tip", context: { initiatedBy: "seller", order: order("2025-09-10T00:00:00Z"), now: "2025-09-16T00:00:00Z" }, options: { anchor: "purchase" }, errors: [{ messageId: "too-late" }] },
  ],
});

testRule("proactive-window", {
  valid: [],
  invalid: [
    {
      message: "Tip",
      context: { order: { deliveredAt: "2025-08-01T00:00:00Z" }, now: "2025-09-16T00:00:00Z" },
      options: { anchor: "purchase" },
      errors: [{ messageId: "too-late" }],
      name: "purchase anchor without a purchase date falls back to the (later) delivery date",
    },
  ],
});
