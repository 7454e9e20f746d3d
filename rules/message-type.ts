import { docsUrl } from "../src/policy/docs-url.js";
import { MESSAGE_TYPES, messageTypeSpec, type MessageTypeSpec } from "../src/policy/message-types.js";
import { cite, SOURCES } from "../src/policy/sources.js";
import type { Rule, RuleContext } from "../src/types.js";

const ID = "message-type";
const SHIPPED = new Set(["shipped", "delivered"]);
/**
 * HTML: a tag of a real element, or a character reference. "<M> or <L>?" and placeholders such as
 * `<<name>>` are not HTML.
 */
const TAG = new RegExp(
  "<\\/?(?:a|abbr|b|big|blockquote|body|br|button|center|code|del|div|em|font|form|h[1-6]|head|hr|html|i|iframe|img|input|ins|li|link|meta|ol|p|pre|s|script|small|span|strike|strong|style|sub|sup|table|tbody|td|th|thead|title|tr|tt|u|ul)(?:\\s[^<>]*)?\\/?>" +
    "|&(?:nbsp|amp|lt|gt|quot|apos|#\\d+|#x[0-9a-f]+);",
  "gi",
);

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "Messages sent through the SP-API Messaging API must fit their message type: text length (400, 800 or 2,000 characters, counted as UTF-16 code units), no text where the type takes none, attachments only where allowed and present where required, no HTML, confirmOrderDetails only before shipment, and no removed or unknown types.",
    docs: docsUrl(ID),
    defaultSeverity: "error",
    recommended: true,
    fixable: false,
    hasSuggestions: false,
    defaultOptions: {
      /** How to count characters: "utf16" (JavaScript length, the stricter) or "codepoints". */
      unit: "utf16",
    },
    optionChoices: { unit: ["utf16", "codepoints"] },
    messages: {
      "missing-type": "Channel sp-api without a messageType: say which Messaging API type this message is sent as, to check its limits.",
      "unknown-type": "\"{{type}}\" is not a Messaging API message type; use one of {{types}}.",
      "removed-type": "The message type \"{{type}}\" was removed from the Messaging API on {{date}}; it can no longer be sent.",
      "too-long": "The {{type}} text is {{length}} characters ({{unit}}); the limit is {{max}}.",
      "empty-text": "The {{type}} message type needs text.",
      "no-text": "The {{type}} message type takes no text, only attachments; put the text inside the attached document.",
      html: "The Messaging API does not accept HTML in the text; send plain text.",
      "attachments-not-allowed": "The {{type}} message type takes no attachments.",
      "attachments-required": "The {{type}} message type needs at least one attachment.",
      "after-shipment": "confirmOrderDetails may only be sent before the order ships; this order is {{status}}.",
    },
    sources: [
      cite(SOURCES.SPM, "Per type: text minLength/maxLength 1–400 (digitalAccessKey), 1–800 (confirmCustomizationDetails), 1–2000 (confirmDeliveryDetails, confirmOrderDetails, confirmServiceDetails, unexpectedProblem); legalDisclosure, warranty and invoice take attachments only (warranty and invoice require them). \"Do not include HTML or email addresses.\"", "2026-01-30"),
      cite(SOURCES.SPM, "confirmOrderDetails: \"Sends a message to ask a buyer an order-related question prior to shipping their order.\""),
      cite(SOURCES.SPM, "createNegativeFeedbackRemoval removed from the model on 2025-08-04 (commit 7c93eb1); CreateAmazonMotors removed on 2026-01-30 (commit b9dffa4).", "2026-01-30"),
      cite(SOURCES.MUG, "You can upload text files, PDFs, Word documents, and .jpg, .gif and .png images. The total size of attachments must be less than 10 MB. maxItems: 5.", "2020-07-29"),
    ],
  },
  check(context) {
    const c = context.context;
    if (c.channel !== "sp-api") return;
    if (!c.messageType) {
      context.report({ messageId: "missing-type", field: "context", severity: "info" });
      return;
    }
    const spec = messageTypeSpec(c.messageType);
    if (!spec) {
      const types = MESSAGE_TYPES.filter((t) => !t.removed).map((t) => t.name).join(", ");
      context.report({ messageId: "unknown-type", field: "context", data: { type: c.messageType, types } });
      return;
    }
    if (spec.removed) {
      context.report({ messageId: "removed-type", field: "context", data: { type: spec.name, date: spec.removed } });
      return;
    }
    checkText(context, spec);
    checkAttachments(context, spec);
    const status = c.order?.status;
    if (spec.beforeShipment && status && SHIPPED.has(status)) {
      context.report({ messageId: "after-shipment", field: "context", data: { status } });
    }
  },
};

function checkText(context: RuleContext, spec: MessageTypeSpec): void {
  const body = context.message.body;
  const blank = body.trim() === "";
  if (!spec.text) {
    if (!blank) context.report({ messageId: "no-text", field: "body", start: 0, end: body.length, data: { type: spec.name } });
    return;
  }
  if (blank) {
    context.report({ messageId: "empty-text", field: "body", start: 0, end: body.length, data: { type: spec.name } });
    return;
  }
  if (context.message.format === "html") {
    context.report({ messageId: "html", field: "body", start: 0, end: body.length });
  } else {
    const field = context.text("body")!;
    const placeholders = field.placeholders.map((p) => field.visible.map.toSource(p.start, p.end));
    for (const tag of body.matchAll(TAG)) {
      const at = tag.index!;
      if (placeholders.some(([start, end]) => at >= start && at < end)) continue;
      context.report({ messageId: "html", field: "body", start: at, end: at + tag[0].length });
      break;
    }
  }
  const codepoints = context.options.unit === "codepoints";
  const cut = overflowAt(body, spec.text.max, codepoints);
  if (cut < body.length) {
    const length = codepoints ? [...body].length : body.length;
    context.report({
      messageId: "too-long",
      field: "body",
      start: cut,
      end: body.length,
      data: { type: spec.name, length, max: spec.text.max, unit: codepoints ? "code points" : "UTF-16 code units" },
    });
  }
}

/** The offset where the text passes `max` characters (the text's length when it does not). */
function overflowAt(text: string, max: number, codepoints: boolean): number {
  if (!codepoints) {
    if (text.length <= max) return text.length;
    // Never cut between the two halves of a surrogate pair: the finding starts with the whole character.
    const low = text.charCodeAt(max);
    return low >= 0xdc00 && low <= 0xdfff ? max - 1 : max;
  }
  let count = 0;
  for (let i = 0; i < text.length; ) {
    if (count === max) return i;
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    count++;
  }
  return text.length;
}

function checkAttachments(context: RuleContext, spec: MessageTypeSpec): void {
  const attachments = context.message.attachments ?? [];
  if (spec.attachments === "none") {
    attachments.forEach((a, i) =>
      context.report({ messageId: "attachments-not-allowed", field: "attachments", attachment: i, start: 0, end: a.name.length, data: { type: spec.name } }));
  } else if (spec.attachments === "required" && attachments.length === 0) {
    context.report({ messageId: "attachments-required", field: "context", data: { type: spec.name } });
  }
}

export default rule;
