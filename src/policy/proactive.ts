import type { LintContext } from "../types.js";

/**
 * Whether the context says the seller starts this message. `initiatedBy` defaults to "seller", but a
 * rule that reports something only proactive messages must do (name the order, carry content) needs
 * the fact stated: `initiatedBy: "seller"`, or a contact reason, which only a seller declares. An empty
 * context, as an editor integration passes while the thread is unknown, stays silent.
 */
export function isDeclaredProactive(context: LintContext): boolean {
  if (context.initiatedBy !== undefined) return context.initiatedBy === "seller";
  return context.reason !== undefined;
}
