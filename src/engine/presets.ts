import type { PresetName, Rule, Severity } from "../types.js";

/** How a preset configures one rule. */
export interface PresetEntry {
  severity: Severity | "off";
  options: Record<string, unknown>;
}

/**
 * "recommended": the rules marked recommended at their default severity.
 * "strict": every rule on, warnings raised to errors, and each rule's stricter options.
 */
export function presetEntry(preset: PresetName, rule: Rule): PresetEntry {
  if (preset === "strict") {
    const severity = rule.meta.defaultSeverity === "warning" ? "error" : rule.meta.defaultSeverity;
    return { severity, options: { ...rule.meta.strictOptions } };
  }
  return { severity: rule.meta.recommended ? rule.meta.defaultSeverity : "off", options: {} };
}

export const PRESET_NAMES: readonly PresetName[] = ["recommended", "strict"];
