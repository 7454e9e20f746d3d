import type { Attachment, LintContext, MessageDraft } from "../types.js";
import { MARKETPLACE_CODES } from "../policy/marketplaces.js";
import { BoundedCache } from "../text/bounded-cache.js";
import { MsglintError } from "./errors.js";

/** The context's dates, parsed once. */
export interface ContextDates {
  now?: Date;
  purchasedAt?: Date;
  shippedAt?: Date;
  deliveredAt?: Date;
}

const FORMATS = new Set(["text", "html"]);
const REASONS = new Set([
  "fulfillment-issue", "additional-information", "return", "invoice", "review-request", "delivery-scheduling",
  "home-service", "custom-design", "shipping-address", "unexpected-problem", "legal-disclosure", "warranty", "other",
]);
const STATUSES = new Set(["pending", "unshipped", "shipped", "delivered", "canceled"]);
const PURPOSES = new Set(["invoice", "instructions", "warranty", "product-image", "legal", "customization", "other"]);
const CHANNELS = new Set(["seller-central", "email", "sp-api"]);
const INITIATORS = new Set(["seller", "buyer"]);

/** Checks a message against the contract; throws `MsglintError` naming the first bad field. */
export function validateMessage(message: unknown): MessageDraft {
  if (!isObject(message)) throw new MsglintError("invalid-message", "message", "must be an object with a string body");
  const m = message as Record<string, unknown>;
  if (typeof m.body !== "string") throw new MsglintError("invalid-field", "message.body", `must be a string, got ${describe(m.body)}`);
  if (m.subject !== undefined && typeof m.subject !== "string") {
    throw new MsglintError("invalid-field", "message.subject", `must be a string, got ${describe(m.subject)}`);
  }
  if (m.format !== undefined && !FORMATS.has(m.format as string)) {
    throw new MsglintError("invalid-field", "message.format", `must be "text" or "html", got ${describe(m.format)}`);
  }
  if (m.attachments !== undefined) {
    if (!Array.isArray(m.attachments)) {
      throw new MsglintError("invalid-field", "message.attachments", `must be an array, got ${describe(m.attachments)}`);
    }
    m.attachments.forEach((a: unknown, i: number) => validateAttachment(a, `message.attachments[${i}]`));
  }
  return message as MessageDraft;
}

function validateAttachment(a: unknown, path: string): asserts a is Attachment {
  if (!isObject(a)) throw new MsglintError("invalid-field", path, "must be an object with a name");
  const x = a as Record<string, unknown>;
  if (typeof x.name !== "string") throw new MsglintError("invalid-field", `${path}.name`, `must be a string, got ${describe(x.name)}`);
  if (x.size !== undefined && (typeof x.size !== "number" || !Number.isFinite(x.size) || x.size < 0)) {
    throw new MsglintError("invalid-field", `${path}.size`, `must be a non-negative number of bytes, got ${describe(x.size)}`);
  }
  if (x.purpose !== undefined && !PURPOSES.has(x.purpose as string)) {
    throw new MsglintError("invalid-field", `${path}.purpose`, `unknown purpose ${describe(x.purpose)}; use one of ${[...PURPOSES].join(", ")}`);
  }
  if (x.type !== undefined && typeof x.type !== "string") {
    throw new MsglintError("invalid-field", `${path}.type`, `must be a string, got ${describe(x.type)}`);
  }
}

/** Checks the context and parses its dates. */
export function validateContext(context: unknown): { context: LintContext; dates: ContextDates } {
  if (context === undefined || context === null) return { context: {}, dates: {} };
  if (!isObject(context)) throw new MsglintError("invalid-context", "context", "must be an object");
  const c = context as LintContext & Record<string, unknown>;
  if (c.marketplace !== undefined) {
    if (typeof c.marketplace !== "string" || !MARKETPLACE_CODES.has(c.marketplace.toUpperCase())) {
      throw new MsglintError("unknown-marketplace", "context.marketplace",
        `unknown marketplace code ${describe(c.marketplace)}; use one of ${[...MARKETPLACE_CODES].join(" ")}`);
    }
  }
  for (const key of ["buyerLocale", "messageType", "orderId", "reason"] as const) {
    if (c[key] !== undefined && typeof c[key] !== "string") {
      throw new MsglintError("invalid-context", `context.${key}`, `must be a string, got ${describe(c[key])}`);
    }
  }
  if (c.reason !== undefined && !REASONS.has(c.reason)) {
    throw new MsglintError("invalid-context", "context.reason", `unknown contact reason ${describe(c.reason)}; use one of ${[...REASONS].join(", ")}`);
  }
  if (c.order?.status !== undefined && !STATUSES.has(c.order.status)) {
    throw new MsglintError("invalid-context", "context.order.status", `unknown order status ${describe(c.order.status)}; use one of ${[...STATUSES].join(", ")}`);
  }
  if (c.channel !== undefined && !CHANNELS.has(c.channel)) {
    throw new MsglintError("invalid-context", "context.channel", `must be "seller-central", "email" or "sp-api", got ${describe(c.channel)}`);
  }
  if (c.initiatedBy !== undefined && !INITIATORS.has(c.initiatedBy)) {
    throw new MsglintError("invalid-context", "context.initiatedBy", `must be "seller" or "buyer", got ${describe(c.initiatedBy)}`);
  }
  if (c.buyerOptedOut !== undefined && typeof c.buyerOptedOut !== "boolean") {
    throw new MsglintError("invalid-context", "context.buyerOptedOut", `must be a boolean, got ${describe(c.buyerOptedOut)}`);
  }
  if (c.order !== undefined && !isObject(c.order)) throw new MsglintError("invalid-context", "context.order", "must be an object");
  const dates: ContextDates = {
    now: parseDate(c.now, "context.now"),
    purchasedAt: parseDate(c.order?.purchasedAt, "context.order.purchasedAt"),
    shippedAt: parseDate(c.order?.shippedAt, "context.order.shippedAt"),
    deliveredAt: parseDate(c.order?.deliveredAt, "context.order.deliveredAt"),
  };
  for (const group of ["history", "volume"] as const) {
    const g = c[group] as Record<string, unknown> | undefined;
    if (g === undefined) continue;
    if (!isObject(g)) throw new MsglintError("invalid-context", `context.${group}`, "must be an object");
    for (const [k, v] of Object.entries(g)) {
      if (v !== undefined && (typeof v !== "number" || !Number.isFinite(v) || v < 0)) {
        throw new MsglintError("invalid-context", `context.${group}.${k}`, `must be a non-negative number, got ${describe(v)}`);
      }
    }
  }
  return { context: c, dates };
}

/**
 * The time of each date string parsed lately: a helpdesk or an editor sends the same order dates with
 * every message, and parsing a date string costs more than most rules do.
 */
const PARSED_DATES = new BoundedCache<number>(64);

function parseDate(value: unknown, path: string): Date | undefined {
  if (value === undefined || value === null) return undefined;
  const d = value instanceof Date ? value : typeof value === "string" ? new Date(PARSED_DATES.get(value, () => Date.parse(value))) : null;
  if (!d || Number.isNaN(d.getTime())) {
    throw new MsglintError("invalid-date", path, `must be an ISO 8601 date or a Date, got ${describe(value)}`);
  }
  return d;
}

function isObject(v: unknown): v is object {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v);
  if (typeof v === "object") return "an object";
  return `${typeof v} ${String(v)}`;
}
