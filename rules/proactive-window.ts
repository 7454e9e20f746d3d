import { docsUrl } from "../src/policy/docs-url.js";
import { cite, SOURCES } from "../src/policy/sources.js";
import type { Rule } from "../src/types.js";

const ID = "proactive-window";
const DAY_MS = 24 * 60 * 60 * 1000;

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "A proactive (seller-initiated) message must be sent within 30 days of order completion: the delivery date, else the purchase date. Replies in a thread the buyer started are exempt.",
    docs: docsUrl(ID),
    defaultSeverity: "error",
    recommended: true,
    fixable: false,
    hasSuggestions: false,
    defaultOptions: {
      /** Days after order completion in which proactive messages are allowed. */
      maxDays: 30,
      /**
       * What "order completion" means. "delivery": the delivery date, else the purchase date (ECE2).
       * "purchase": always the purchase date (EDESK 2025, ZS). The sources disagree.
       */
      anchor: "delivery",
    },
    optionChoices: { anchor: ["delivery", "purchase"] },
    messages: {
      "too-late": "This proactive message comes {{days}} days after {{anchor}} ({{date}}); proactive messages must be sent within {{max}} days of order completion.",
    },
    sources: [
      cite(SOURCES.WT, "Proactive Permitted Messages must be sent within 30 days of order completion.", "2020-11-03"),
      cite(SOURCES.ECE2, "Messages must be sent within 30 days of order completion (counted from the delivery date)."),
      cite(SOURCES.ZS, "If a customer initiates communication with you beyond 30 days … you most certainly should respond."),
      cite(SOURCES.EDESK, "Proactive messages must be sent within 30 days of the order.", "2025-04-25"),
    ],
  },
  check(context) {
    if ((context.context.initiatedBy ?? "seller") !== "seller") return;
    const { deliveredAt, purchasedAt } = context.dates;
    // Delivery comes after purchase, so whichever date is known bounds the other from the safe side.
    const anchor = context.options.anchor === "purchase" ? (purchasedAt ?? deliveredAt) : (deliveredAt ?? purchasedAt);
    if (!anchor) return;
    const maxDays = context.options.maxDays as number;
    const days = Math.floor((context.now().getTime() - anchor.getTime()) / DAY_MS);
    if (days <= maxDays) return;
    context.report({
      messageId: "too-late",
      field: "context",
      data: {
        days,
        max: maxDays,
        anchor: anchor === deliveredAt ? "delivery" : "purchase",
        date: anchor.toISOString().slice(0, 10),
      },
    });
  },
};

export default rule;
