import { docsUrl } from "../src/policy/docs-url.js";
import { isDeclaredProactive } from "../src/policy/proactive.js";
import { cite, SOURCES } from "../src/policy/sources.js";
import type { FieldText } from "../src/text/field.js";
import type { Rule } from "../src/types.js";

const ID = "order-id";

/**
 * An Amazon order id: 3-7-7 digits. Dashes may be any hyphen-like character a word processor
 * substitutes; NFKC has already folded full-width digits.
 */
const ORDER_ID = /(?<![\p{N}-])\p{Nd}{3}[-‐‑‒–—−]\p{Nd}{7}[-‐‑‒–—−]\p{Nd}{7}(?![\p{N}])/gu;
/** A template placeholder that stands for the order id: `{{order_id}}`, `[ORDER NUMBER]`, `{注文番号}`. */
const ORDER_PLACEHOLDER = /order|bestell|commande|pedido|ordine|encomenda|bestelling|beställning|zamówien|sipariş|طلب|注文|订单|訂單|주문/iu;

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "A proactive message must name the order it is about with its 17-digit order id (3-7-7), and that id must be this order's: an id of another order means the message reaches the wrong buyer's order.",
    docs: docsUrl(ID),
    defaultSeverity: "warning",
    recommended: true,
    fixable: false,
    hasSuggestions: false,
    defaultOptions: {},
    messages: {
      missing: "This proactive message does not include the order id (e.g. 123-1234567-1234567); include it so the buyer knows which order it is about.",
      "other-order": "The order id {{found}} is not this message's order ({{expected}}): it belongs to another order, possibly another buyer's.",
    },
    sources: [
      cite(SOURCES.ZS, "Three key rules applicable to all messages: … include the 17-digit order ID.", "2020-11-03"),
      cite(SOURCES.ECE2, "All messages must include the 17-digit order ID."),
      cite(SOURCES.EDESK, "Include the order ID in every proactive message.", "2025-04-25"),
      cite(SOURCES.SPM, "Sandbox example order id: 123-1234567-1234567 (format 3-7-7)."),
    ],
  },
  check(context) {
    const fields = context.texts();
    const body = context.text("body");
    // A message without text (an SP-API invoice or warranty) has nothing to name the order in.
    if (!body || body.visible.text.trim() === "") return;
    const expected = context.context.orderId?.trim();
    let found = false;
    for (const field of fields) {
      for (const [start, end, id] of orderIds(field)) {
        found = true;
        if (expected && id !== expected) {
          context.report({ messageId: "other-order", field: field.field, start, end, severity: "error", data: { found: id, expected } });
        }
      }
      if (hasOrderPlaceholder(field)) found = true;
    }
    if (found || !isDeclaredProactive(context.context)) return;
    context.report({ messageId: "missing", field: "body", start: 0, end: 0 });
  },
};

/** Order ids in a field: source range and the id with ASCII hyphens. */
function orderIds(field: FieldText): [number, number, string][] {
  const { text, map } = field.normalized;
  const out: [number, number, string][] = [];
  if (!/\d{3}/.test(text)) return out;
  for (const [from, to] of findOrderIds(text)) {
    const [start, end] = map.toSource(from, to);
    out.push([start, end, text.slice(from, to).replace(/[‐‑‒–—−]/g, "-")]);
  }
  return out;
}

const DASH = /[-‐‑‒–—−]/g;
const ORDER_ID_HERE = new RegExp(ORDER_ID.source, "uy");

/**
 * The ranges `text.matchAll(ORDER_ID)` gives, found from the dashes: the full pattern is tried only
 * where its first dash could be (3 digits, 3 to 6 units, after the start), not at every position of
 * a long Japanese text, where a Unicode pattern with a lookbehind costs ~25 ns a unit.
 */
export function findOrderIds(text: string): [number, number][] {
  const out: [number, number][] = [];
  let taken = 0;
  DASH.lastIndex = 0;
  for (let dash = DASH.exec(text); dash; dash = DASH.exec(text)) {
    const at = dash.index;
    // A digit stands on both sides of the first dash: an ASCII character that is not one settles it.
    if (notDigit(text.charCodeAt(at - 1)) || notDigit(text.charCodeAt(at + 1))) continue;
    for (let start = Math.max(taken, at - 6); start <= at - 3; start++) {
      ORDER_ID_HERE.lastIndex = start;
      const m = ORDER_ID_HERE.exec(text);
      if (!m) continue;
      taken = start + m[0].length;
      out.push([start, taken]);
      DASH.lastIndex = taken;
      break;
    }
  }
  return out;
}

/** An ASCII character other than a digit (other digits, and the end of the text, are left to the pattern). */
const notDigit = (c: number) => c < 0x80 && (c < 0x30 || c > 0x39);

function hasOrderPlaceholder(field: FieldText): boolean {
  const text = field.visible.text;
  return field.placeholders.some((p) => ORDER_PLACEHOLDER.test(text.slice(p.start, p.end)));
}

export default rule;
