/**
 * msglint: lints Amazon Buyer-Seller messages against Amazon's communication guidelines.
 *
 * ```ts
 * import { lint } from "msglint";
 * const { violations } = lint({ body: "Leave a 5-star review!" }, { marketplace: "US" });
 * ```
 * @packageDocumentation
 */
import { BUILT_IN_RULES } from "./engine/registry.js";
import type { PresetName, Rule, RuleMeta, Severity } from "./types.js";
import { presetEntry, PRESET_NAMES } from "./engine/presets.js";

export { lint } from "./engine/lint.js";
export { fix } from "./engine/fix.js";
export { MsglintError, type MsglintErrorCode } from "./engine/errors.js";
export { DEFAULT_PLACEHOLDERS } from "./text/placeholders.js";
export { LineIndex } from "./engine/positions.js";
export { MARKETPLACES, type Marketplace } from "./policy/marketplaces.js";
export type * from "./types.js";
// What a custom rule sees through its RuleContext.
export type { ContextDates } from "./engine/input.js";
export type { SharedSettings } from "./engine/rule-context.js";
export type { FieldText, FieldName } from "./text/field.js";
export type { MappedText, OffsetMap } from "./text/offset-map.js";
export type { HtmlDocument, HtmlElement, HtmlAttribute } from "./text/html.js";
export type { Span } from "./text/mask.js";

/** Every built-in rule's metadata (id, description, docs, default severity, options, policy sources), by id. */
export const rules: Readonly<Record<string, RuleMeta>> = Object.freeze(
  Object.fromEntries(BUILT_IN_RULES.map((r: Rule) => [r.meta.id, r.meta])),
);

/** The rule severities each preset sets. */
export const presets: Readonly<Record<PresetName, Readonly<Record<string, Severity | "off">>>> = Object.freeze(
  Object.fromEntries(
    PRESET_NAMES.map((p) => [p, Object.fromEntries(BUILT_IN_RULES.map((r) => [r.meta.id, presetEntry(p, r).severity]))]),
  ) as Record<PresetName, Record<string, Severity | "off">>,
);
