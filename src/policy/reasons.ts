import type { ContactReason } from "../types.js";

/**
 * Contact reasons Amazon treats as critical to completing the order: messages for them are delivered
 * even to buyers who opted out (FAQ-US; Amazon's 2017 opt-out notice quoted by VL/FF5; the SP-API labels
 * legalDisclosure and unexpectedProblem "critical").
 */
export const CRITICAL_REASONS: ReadonlySet<ContactReason> = new Set<ContactReason>([
  "delivery-scheduling",
  "shipping-address",
  "custom-design",
  "unexpected-problem",
  "legal-disclosure",
  "additional-information",
]);

export function isCriticalReason(reason: ContactReason | undefined): boolean | undefined {
  return reason === undefined ? undefined : CRITICAL_REASONS.has(reason);
}
