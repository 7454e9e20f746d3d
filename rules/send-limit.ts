import { docsUrl } from "../src/policy/docs-url.js";
import { cite, SOURCES } from "../src/policy/sources.js";
import type { Rule } from "../src/types.js";

const ID = "send-limit";

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "Amazon caps the buyer-seller messages a seller may send per day by a formula based on order volume. The sources disagree on it; by default msglint uses 5 × average daily orders + 600.",
    docs: docsUrl(ID),
    defaultSeverity: "error",
    recommended: true,
    fixable: false,
    hasSuggestions: false,
    defaultOptions: {
      /** Messages allowed per average daily order. */
      perOrder: 5,
      /** Messages allowed on top. 600 per BQool and Seller Labs; feedBAKER reports 500. */
      base: 600,
    },
    messages: {
      "over-limit": "{{sent}} messages sent today exceed the daily limit of {{limit}} ({{perOrder}} × {{orders}} average daily orders + {{base}}); Amazon will not deliver more today.",
    },
    sources: [
      cite(SOURCES.OP, "The daily maximum of messages is determined based on a formula (Buyer-Seller Messages FAQ)."),
      cite(SOURCES.BQOOL, "Daily limit: 5 × average daily orders + 600."),
      cite(SOURCES.SELLERLABS, "Our tool caps sending at 4 × the 7-day average + 600, below Amazon's limit."),
    ],
  },
  check(context) {
    const volume = context.context.volume;
    if (!volume) return;
    const perOrder = context.options.perOrder as number;
    const base = context.options.base as number;
    const limit = Math.floor(perOrder * volume.averageDailyOrders + base);
    if (volume.sentToday <= limit) return;
    context.report({
      messageId: "over-limit",
      field: "context",
      data: { sent: volume.sentToday, limit, perOrder, orders: volume.averageDailyOrders, base },
    });
  },
};

export default rule;
