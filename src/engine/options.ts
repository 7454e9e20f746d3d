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

/** The built-in rules by id, computed once per registry. */
const idsOf = new WeakMap<readonly Rule[], Map<string, Rule>>();
/** What a preset alone turns on, for lints without per-rule settings or custom rules: built once. */
const presetDefaults = new WeakMap<readonly Rule[], Map<PresetName, ActiveRule[]>>();
const DEFAULT_SETTINGS_PLACEHOLDERS = DEFAULT_PLACEHOLDERS.map((p) => (p.global ? p : new RegExp(p.source, p.flags + "g")));

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
  let builtInIds = idsOf.get(builtIn);
  if (!builtInIds) idsOf.set(builtIn, (builtInIds = new Map(builtIn.map((r) => [r.meta.id, r]))));
  const customIds = custom.length ? new Set(custom.map((r) => r.meta.id)) : undefined;

  const settingsByRule = new Map<string, RuleSetting>();
  const rules = opts.rules ?? {};
  for (const id in rules) {
    if (!Object.prototype.hasOwnProperty.call(rules, id)) continue;
    if (!builtInIds.has(id) && !customIds?.has(id)) {
      const known = [...builtInIds.keys(), ...(customIds ?? [])];
      throw new MsglintError("unknown-rule", `options.rules.${id}`, `unknown rule id ${JSON.stringify(id)}; known rules: ${known.join(", ")}`);
    }
    settingsByRule.set(id, rules[id as keyof typeof rules] as RuleSetting);
  }

  const active = settingsByRule.size === 0 && !customIds ? presetActive(preset, builtIn) : activeRules(preset, builtIn, custom, settingsByRule);
  return { active, settings: sharedSettings(opts) };
}

/** The rules a preset turns on by itself, shared by every lint that sets nothing else (read-only). */
function presetActive(preset: PresetName, builtIn: readonly Rule[]): ActiveRule[] {
  let byPreset = presetDefaults.get(builtIn);
  if (!byPreset) presetDefaults.set(builtIn, (byPreset = new Map()));
  let active = byPreset.get(preset);
  if (!active) byPreset.set(preset, (active = activeRules(preset, builtIn, [], new Map())));
  return active;
}

function activeRules(preset: PresetName, builtIn: readonly Rule[], custom: readonly Rule[], settingsByRule: ReadonlyMap<string, RuleSetting>): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of custom.length ? [...builtIn, ...custom] : builtIn) {
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
      for (const [key, value] of Object.entries(userOptions)) validateOption(rule, key, value);
    }
    if (severity === "off") continue;
    active.push(Object.freeze({
      rule,
      forcedSeverity: forced,
      raiseWarnings: preset === "strict" && forced === undefined,
      options: Object.freeze({ ...rule.meta.defaultOptions, ...fromPreset.options, ...userOptions }),
    }));
  }
  return active;
}

function sharedSettings(opts: LintOptions): SharedSettings {
  const allowedDomains = opts.allowedDomains ?? [];
  if (!Array.isArray(allowedDomains) || allowedDomains.some((d) => typeof d !== "string")) {
    throw new MsglintError("invalid-options", "options.allowedDomains", "must be an array of domain names");
  }
  const placeholders = opts.placeholders ?? DEFAULT_PLACEHOLDERS;
  if (!Array.isArray(placeholders)) throw new MsglintError("invalid-placeholder", "options.placeholders", "must be an array of RegExp");
  placeholders.forEach((p, i) => {
    if (!(p instanceof RegExp)) throw new MsglintError("invalid-placeholder", `options.placeholders[${i}]`, "must be a RegExp");
  });
  if (opts.timing !== undefined && typeof opts.timing !== "boolean") {
    throw new MsglintError("invalid-options", "options.timing", `must be true or false, got ${JSON.stringify(opts.timing)}`);
  }
  return {
    allowedDomains: allowedDomains.length ? allowedDomains.map((d) => d.toLowerCase().replace(/^\*?\./, "")) : [],
    placeholders: placeholders === DEFAULT_PLACEHOLDERS ? DEFAULT_SETTINGS_PLACEHOLDERS : placeholders.map((p) => (p.global ? p : new RegExp(p.source, p.flags + "g"))),
  };
}

/** A rule option must exist and have the type of its default (and one of its choices, if it has some). */
function validateOption(rule: Rule, key: string, value: unknown): void {
  const path = `options.rules.${rule.meta.id}[1].${key}`;
  const defaults = rule.meta.defaultOptions;
  if (!(key in defaults)) {
    throw new MsglintError("invalid-options", path, `unknown option; "${rule.meta.id}" takes ${Object.keys(defaults).join(", ") || "no options"}`);
  }
  const expected = defaults[key];
  const kind = (v: unknown) => (Array.isArray(v) ? "array" : typeof v);
  if (kind(value) !== kind(expected)) {
    throw new MsglintError("invalid-options", path, `must be ${kind(expected) === "array" ? "an array" : `a ${kind(expected)}`}, got ${JSON.stringify(value)}`);
  }
  if (typeof value === "number" && (!Number.isFinite(value) || value < 0)) {
    throw new MsglintError("invalid-options", path, `must be a non-negative number, got ${value}`);
  }
  if (Array.isArray(value) && Array.isArray(expected) && expected.length > 0) {
    const itemKind = kind(expected[0]);
    if (value.some((v) => kind(v) !== itemKind)) throw new MsglintError("invalid-options", path, `must be an array of ${itemKind}s`);
  }
  const choices = rule.meta.optionChoices?.[key];
  if (choices && !choices.includes(value as string)) {
    throw new MsglintError("invalid-options", path, `must be one of ${choices.map((c) => JSON.stringify(c)).join(", ")}, got ${JSON.stringify(value)}`);
  }
}
