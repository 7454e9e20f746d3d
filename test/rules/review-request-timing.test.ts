import { testRule } from "../support/rule-tester.js";

const delivered = (deliveredAt: string) => ({ status: "delivered" as const, purchasedAt: "2025-08-01T00:00:00Z", deliveredAt });
const request = { initiatedBy: "seller" as const, reason: "review-request" as const };

testRule("review-request-timing", {
  valid: [
    { message: "How is the saw?", context: { ...request, order: delivered("2025-09-01T00:00:00Z"), now: "2025-09-06T00:00:00Z" }, name: "day 5" },
    { message: "How is the saw?", context: { ...request, order: delivered("2025-09-01T00:00:00Z"), now: "2025-10-01T00:00:00Z" }, name: "day 30" },
    { message: "How is the saw?", context: { ...request, order: delivered("2025-09-01T00:00:00Z"), now: "2025-09-05T00:00:00Z" }, options: { minDays: 4 }, name: "day 4 with the 4-day reading" },
    { message: "The replacement blade ships today.", context: { initiatedBy: "seller", reason: "fulfillment-issue", order: delivered("2025-09-15T00:00:00Z"), now: "2025-09-16T00:00:00Z" } },
    { message: "We'd welcome your review on Amazon.", context: { initiatedBy: "seller", reason: "other", order: delivered("2025-09-01T00:00:00Z"), now: "2025-09-10T00:00:00Z" }, name: "review text in the window" },
    { message: "We'd welcome your review on Amazon.", context: { ...request }, name: "no dates: no finding" },
    ...[
      "We will review your return request and reply within two days.",
      "Thank you so much for your kind review!",
      "Thanks for your feedback about the zipper; we have passed it on to our factory.",
    ].map((message) => ({
      message,
      context: { initiatedBy: "seller" as const, order: delivered("2025-09-01T10:00:00Z"), now: "2025-10-15T10:00:00Z" },
      name: `not a request: ${message}`,
    })),
    { message: "Thanks, we read your feedback and sent a new part.", context: { initiatedBy: "buyer", order: delivered("2025-09-15T00:00:00Z"), now: "2025-09-16T00:00:00Z" }, name: "replies are not requests" },
  ],
  invalid: [
    { message: "How is the saw?", context: { ...request, order: delivered("2025-09-15T03:00:00Z"), now: "2025-09-16T08:00:00Z" }, errors: [{ messageId: "too-early", field: "context" }] },
    { message: "How is the saw?", context: { ...request, order: delivered("2025-08-01T00:00:00Z"), now: "2025-09-01T00:00:00Z" }, errors: [{ messageId: "too-late" }] },
    { message: "How is the saw?", context: { ...request, order: { status: "shipped", purchasedAt: "2025-09-10T00:00:00Z" }, now: "2025-09-16T00:00:00Z" }, errors: [{ messageId: "not-delivered" }] },
    { message: "How is the saw?", context: { ...request, history: { reviewRequests: 1 }, order: delivered("2025-09-04T00:00:00Z"), now: "2025-09-16T00:00:00Z" }, errors: [{ messageId: "repeat" }] },
    {
      message: "您的订单已经签收三天了，欢迎在亚马逊上留下您的评价。",
      context: { initiatedBy: "seller", order: delivered("2025-09-13T03:00:00Z"), now: "2025-09-16T08:00:00Z" },
      errors: [{ messageId: "too-early" }],
      name: "review text without a declared reason",
    },
  ],
});
