import { docsUrl } from "../src/policy/docs-url.js";
import { asksForReview } from "../src/policy/phrases/review/hits.js";
import { cite, SOURCES } from "../src/policy/sources.js";
import type { Rule, RuleContext } from "../src/types.js";

const ID = "review-request-timing";
const DAY_MS = 24 * 60 * 60 * 1000;
const NOT_YET_DELIVERED = new Set(["pending", "unshipped", "shipped"]);

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "A review or feedback request may be sent once per order, from 5 to 30 days after delivery. A request is a message with reason \"review-request\", or a proactive message without a specific reason that asks for a review.",
    docs: docsUrl(ID),
    defaultSeverity: "error",
    recommended: true,
    fixable: false,
    hasSuggestions: false,
    defaultOptions: {
      /** First day after delivery a request may be sent. 5 per the Solicitations API; a 2019 report says 4. */
      minDays: 5,
      /** Last day after delivery a request may be sent. */
      maxDays: 30,
    },
    messages: {
      "too-early": "This review request comes {{days}} days after delivery; requests may be sent from {{min}} days after delivery.",
      "not-delivered": "This review request comes before the order was delivered; requests may be sent from {{min}} days after delivery.",
      "too-late": "This review request comes {{days}} days after delivery; requests may be sent up to {{max}} days after delivery.",
      repeat: "A review request was already sent for this order; only one request per order is allowed.",
    },
    sources: [
      cite(SOURCES.SOLDOC, "You can request solicitation within a time frame of five days after the EarliestDeliveryDate to 30 days after the LatestDeliveryDate."),
      cite(SOURCES.SPS, "Send only one productReviewAndSellerFeedback or free form proactive message per order."),
      cite(SOURCES.G1701_PDF, "Not permitted: a repeat request (per order) for a product review or seller feedback.", "2020-11-03"),
      cite(SOURCES.RAR_CN, "The Request a Review button works from 4 to 30 days after delivery.", "2019-01-01"),
    ],
  },
  check(context) {
    if (!isReviewRequest(context)) return;
    if ((context.context.history?.reviewRequests ?? 0) >= 1) {
      context.report({ messageId: "repeat", field: "context" });
    }
    const min = context.options.minDays as number;
    const max = context.options.maxDays as number;
    const { deliveredAt } = context.dates;
    if (!deliveredAt) {
      const status = context.context.order?.status;
      if (status && NOT_YET_DELIVERED.has(status)) context.report({ messageId: "not-delivered", field: "context", data: { min } });
      return;
    }
    const days = Math.floor((context.now().getTime() - deliveredAt.getTime()) / DAY_MS);
    if (days < min) context.report({ messageId: "too-early", field: "context", data: { days: Math.max(0, days), min } });
    else if (days > max) context.report({ messageId: "too-late", field: "context", data: { days, max } });
  },
};

/** A declared review request, or a proactive message without a specific reason that asks for one. */
function isReviewRequest(context: RuleContext): boolean {
  const c = context.context;
  if (c.reason === "review-request") return true;
  if ((c.initiatedBy ?? "seller") !== "seller" || (c.reason !== undefined && c.reason !== "other")) return false;
  return context.texts().some(asksForReview);
}

export default rule;
