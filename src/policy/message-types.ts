/**
 * The message types of the SP-API Messaging API v1 (SPM, HEAD b9dffa4, 2026-01-30): what each one
 * accepts. Text limits are the `text` property's minLength/maxLength; the model counts "characters"
 * without saying which, so msglint counts UTF-16 code units (JavaScript `length`), the stricter reading
 * for anything outside the Basic Multilingual Plane.
 */
export interface MessageTypeSpec {
  /** The path segment and `context.messageType` value, e.g. "confirmDeliveryDetails". */
  name: string;
  /** What the type is for, from the model's description. */
  purpose: string;
  /** Text length bounds; null when the type takes no text. */
  text: { min: number; max: number } | null;
  attachments: "none" | "optional" | "required";
  /** The model calls the message critical: it reaches buyers who opted out. */
  critical: boolean;
  /** Only before the order ships (confirmOrderDetails: "prior to shipping their order"). */
  beforeShipment?: boolean;
  /** The date the type left the model, for types that no longer exist. */
  removed?: string;
}

/** At most this many attachments per message (MUG runtime schema `maxItems: 5`). */
export const MAX_API_ATTACHMENTS = 5;

export const MESSAGE_TYPES: readonly MessageTypeSpec[] = [
  { name: "confirmCustomizationDetails", purpose: "ask the buyer to provide or verify customization details", text: { min: 1, max: 800 }, attachments: "optional", critical: true },
  { name: "confirmDeliveryDetails", purpose: "arrange a delivery or confirm contact information for a delivery", text: { min: 1, max: 2000 }, attachments: "none", critical: true },
  { name: "legalDisclosure", purpose: "send documents the seller is legally obliged to provide", text: null, attachments: "optional", critical: true },
  { name: "confirmOrderDetails", purpose: "ask an order-related question before shipping", text: { min: 1, max: 2000 }, attachments: "none", critical: true, beforeShipment: true },
  { name: "confirmServiceDetails", purpose: "arrange a Home Services call or gather information before it", text: { min: 1, max: 2000 }, attachments: "none", critical: false },
  { name: "warranty", purpose: "provide warranty information", text: null, attachments: "required", critical: false },
  { name: "digitalAccessKey", purpose: "share a digital access key needed to use digital content", text: { min: 1, max: 400 }, attachments: "optional", critical: false },
  { name: "unexpectedProblem", purpose: "tell the buyer about an unexpected problem affecting the order", text: { min: 1, max: 2000 }, attachments: "none", critical: true },
  { name: "invoice", purpose: "provide the buyer an invoice", text: null, attachments: "required", critical: false },
  { name: "negativeFeedbackRemoval", purpose: "ask the buyer to remove negative feedback", text: null, attachments: "none", critical: false, removed: "2025-08-04" },
  { name: "amazonMotors", purpose: "details about an Amazon Motors order", text: null, attachments: "optional", critical: false, removed: "2026-01-30" },
];

const BY_NAME = new Map(MESSAGE_TYPES.map((t) => [t.name.toLowerCase(), t]));

/**
 * The type named `name`. Accepts the operation names too ("createConfirmDeliveryDetails",
 * "CreateWarranty", "sendInvoice"), since callers often pass those.
 */
export function messageTypeSpec(name: string): MessageTypeSpec | undefined {
  const key = name.trim().toLowerCase();
  return BY_NAME.get(key) ?? BY_NAME.get(key.replace(/^(?:create|send)/, ""));
}
