import { docsUrl } from "../src/policy/docs-url.js";
import { messageTypeSpec } from "../src/policy/message-types.js";
import { CRITICAL_REASONS } from "../src/policy/reasons.js";
import { cite, SOURCES } from "../src/policy/sources.js";
import type { Rule } from "../src/types.js";

const ID = "opted-out-buyer";

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "A buyer who opted out of unsolicited messages only receives proactive messages whose contact reason is critical to completing the order (delivery scheduling, shipping address, custom design, unexpected problem, legal disclosure, information required to complete the order). Anything else is blocked; replies in the buyer's own thread are not affected.",
    docs: docsUrl(ID),
    defaultSeverity: "error",
    recommended: true,
    fixable: false,
    hasSuggestions: false,
    defaultOptions: {},
    messages: {
      blocked: "The buyer opted out of unsolicited messages and the reason \"{{reason}}\" is not critical to completing the order: Amazon will block this message.",
      "unknown-reason": "The buyer opted out of unsolicited messages; only messages with a reason critical to completing the order get through. Declare the contact reason to check it.",
    },
    sources: [
      cite(SOURCES.FAQ_US, "A buyer can opt out of receiving unsolicited messages from all sellers. This means that your email will be blocked … This opt-out does not apply if the buyer messages you first, as long as you reply on the same message thread."),
      cite(SOURCES.FORUM_SA, "If the contact reason is critical to complete the order, your message will be delivered, regardless of the buyer's opt-out status.", "2025-04-25"),
      cite(SOURCES.VL, "Critical to complete the order: product customization questions, delivery scheduling, issues with a shipping address.", "2017-01-01"),
      cite(SOURCES.FF5, "Not critical: shipment confirmations, product manuals, out-of-stock notices, and feedback or product review requests.", "2017-01-01"),
      cite(SOURCES.SPM, "legalDisclosure and unexpectedProblem: \"Sends a critical message …\"."),
    ],
  },
  check(context) {
    const c = context.context;
    if (c.buyerOptedOut !== true || (c.initiatedBy ?? "seller") !== "seller") return;
    if (c.reason !== undefined) {
      if (!CRITICAL_REASONS.has(c.reason)) context.report({ messageId: "blocked", field: "context", data: { reason: c.reason } });
      return;
    }
    // Without a reason, an SP-API message type still says whether the message is critical.
    const spec = c.channel === "sp-api" && c.messageType ? messageTypeSpec(c.messageType) : undefined;
    if (spec) {
      if (!spec.critical) context.report({ messageId: "blocked", field: "context", data: { reason: spec.name } });
      return;
    }
    context.report({ messageId: "unknown-reason", field: "context", severity: "info" });
  },
};

export default rule;
