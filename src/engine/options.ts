import { DEFAULT_PLACEHOLDERS } from "../text/placeholders.js";
import type { LintOptions, PresetName, Rule, RuleSetting, Severity } from "../types.js";
import { MsglintError } from "./errors.js";
import { PRESET_NAMES, presetEntry } from "./presets.js";
import type { SharedSettings } from "./rule-context.js";

/** One rule as it will run in this lint. */
export interface ActiveRule {
  rule: Rule;
  /** Set when the user (not a preset) chose the severity: it then applies to every finding. */
  forcedSeverity?: Severity;
  /** Raise the rule's own warnings to errors ("strict" preset). */
  raiseWarnings: boolean;
  options: Record<string, unknown>;
}

export interface ResolvedOptions {
  active: ActiveRule[];
  settings: SharedSettings;
}

const SEVERITIES = new Set(["off", "error", "warning", "info"]);

/** Resolves presets, per-rule settings and shared settings; throws `MsglintError` on anything invalid. */
export function resolveOptions(options: LintOptions | undefined, builtIn: readonly Rule[]): ResolvedOptions {
  const opts = options ?? {};
  if (typeof opts !== "object" || opts === null) throw new MsglintError("invalid-options", "options", "must be an object");
  const preset: PresetName = opts.preset ?? "recommended";
  if (!PRESET_NAMES.includes(preset)) {
    throw new MsglintError("invalid-options", "options.preset", `unknown preset ${JSON.stringify(preset)}; use "recommended" or "strict"`);
  }
  const custom = opts.customRules ?? [];
  if (!Array.isArray(custom)) throw new MsglintError("invalid-options", "options.customRules", "must be an array of rules");
  custom.forEach((r, i) => {
    if (!r || typeof r.check !== "function" || typeof r.meta?.id !== "string") {
      throw new MsglintError("invalid-options", `options.customRules[${i}]`, "must be a rule object with meta.id and check()");
    }
  });
  const all = [...builtIn, ...custom];
  const byId = new Map(all.map((r) => [r.meta.id, r]));

  const settingsByRule = new Map<string, RuleSetting>();
  for (const [id, setting] of Object.entries(opts.rules ?? {})) {
    if (!byId.has(id)) {
      throw new MsglintError("unknown-rule", `options.rules.${id}`, `unknown rule id ${JSON.stringify(id)}; known rules: ${[...byId.keys()].join(", ")}`);
    }
    settingsByRule.set(id, setting as RuleSetting);
  }

  const active: ActiveRule[] = [];
  for (const rule of all) {
    const fromPreset = builtIn.includes(rule)
      ? presetEntry(preset, rule)
      : { severity: rule.meta.defaultSeverity, options: {} };
    const setting = settingsByRule.get(rule.meta.id);
    let severity: Severity | "off" = fromPreset.severity;
    let forced: Severity | undefined;
    let userOptions: Record<string, unknown> = {};
    if (setting !== undefined) {
      const [sev, ruleOpts] = Array.isArray(setting) ? setting : [setting, undefined];
      if (!SEVERITIES.has(sev as string)) {
        throw new MsglintError("invalid-severity", `options.rules.${rule.meta.id}`, `unknown severity ${JSON.stringify(sev)}; use "off", "info", "warning" or "error"`);
      }
      if (ruleOpts !== undefined && (typeof ruleOpts !== "object" || ruleOpts === null || Array.isArray(ruleOpts))) {
        throw new MsglintError("invalid-options", `options.rules.${rule.meta.id}[1]`, "rule options must be an object");
      }
      severity = sev as Severity | "off";
      // Setting a rule to its default severity turns it on as designed, keeping the finer severities
      // its findings carry (important-tag warns on critical messages); any other severity applies to all.
      if (severity !== "off" && severity !== rule.meta.defaultSeverity) forced = severity;
      userOptions = ruleOpts ?? {};
      for (const key of Object.keys(userOptions)) {
        if (!(key in rule.meta.defaultOptions)) {
          throw new MsglintError("invalid-options", `options.rules.${rule.meta.id}[1].${key}`,
            `unknown option; "${rule.meta.id}" takes ${Object.keys(rule.meta.defaultOptions).join(", ") || "no options"}`);
        }
      }
    }
    if (severity === "off") continue;
    active.push({
      rule,
      forcedSeverity: forced,
      raiseWarnings: preset === "strict" && forced === undefined,
      options: { ...rule.meta.defaultOptions, ...fromPreset.options, ...userOptions },
    });
  }

  const allowedDomains = opts.allowedDomains ?? [];
  if (!Array.isArray(allowedDomains) || allowedDomains.some((d) => typeof d !== "string")) {
    throw new MsglintError("invalid-options", "options.allowedDomains", "must be an array of domain names");
  }
  const placeholders = opts.placeholders ?? DEFAULT_PLACEHOLDERS;
  if (!Array.isArray(placeholders)) throw new MsglintError("invalid-placeholder", "options.placeholders", "must be an array of RegExp");
  placeholders.forEach((p, i) => {
    if (!(p instanceof RegExp)) throw new MsglintError("invalid-placeholder", `options.placeholders[${i}]`, "must be a RegExp");
  });
  return {
    active,
    settings: {
      allowedDomains: allowedDomains.map((d) => d.toLowerCase().replace(/^\*?\./, "")),
      placeholders: placeholders.map((p) => (p.global ? p : new RegExp(p.source, p.flags + "g"))),
    },
  };
}
