/** Codes of `MsglintError`: what was wrong with the input or the options. */
export type MsglintErrorCode =
  | "invalid-message"
  | "invalid-field"
  | "invalid-context"
  | "invalid-date"
  | "unknown-marketplace"
  | "invalid-options"
  | "unknown-rule"
  | "invalid-severity"
  | "invalid-placeholder";

/**
 * Thrown for input that breaks the contract (a body that is not a string, a date that does not parse,
 * an unknown rule id ...). `path` names the offending field, e.g. "context.order.deliveredAt".
 */
export class MsglintError extends Error {
  override readonly name = "MsglintError";
  constructor(
    readonly code: MsglintErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}
