import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { LintContext, LintOptions, RuleSetting } from "msglint";
import { rules as knownRules } from "msglint";
import { closest } from "fastest-levenshtein";
import picomatch from "picomatch";
import { parseJson } from "./read-json.js";
import { lineOf } from "./read-yaml.js";
import { configSchema, validate } from "./schemas.js";
import { FileError } from "./types.js";

/** The configuration file names looked for in the working directory, in this order. */
export const CONFIG_FILES = ["msglint.config.json", ".msglintrc.json", "package.json"] as const;

export interface Override {
  files: string[];
  context?: LintContext;
  rules?: Record<string, RuleSetting>;
}

export interface Config {
  /** Where it came from (for messages), or undefined when no file was found. */
  filePath?: string;
  preset?: LintOptions["preset"];
  context: LintContext;
  rules: Record<string, RuleSetting>;
  allowedDomains: string[];
  placeholders?: RegExp[];
  ignores: string[];
  overrides: Override[];
}

/** Loads the configuration: `--config FILE`, else the first of CONFIG_FILES in `cwd` (package.json: its "msglint" key). */
export function loadConfig(cwd: string, explicit?: string): Config {
  const candidates = explicit ? [resolve(cwd, explicit)] : CONFIG_FILES.map((f) => join(cwd, f));
  for (const file of candidates) {
    if (!existsSync(file)) {
      if (explicit) throw new FileError(explicit, undefined, "config file not found");
      continue;
    }
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new FileError(file, undefined, `cannot read config: ${(error as Error).message}`);
    }
    const doc = parseJson(file, text);
    const isPackage = !explicit && file.endsWith("package.json");
    if (isPackage && (typeof doc.value !== "object" || doc.value === null || !("msglint" in doc.value))) continue;
    const data = isPackage ? (doc.value as Record<string, unknown>).msglint : doc.value;
    const base = isPackage ? ["msglint"] : [];
    const fail = (path: (string | number)[], message: string) =>
      new FileError(file, lineOf(text, doc.offsetOf([...base, ...path])), `${path.length ? `${path.join(".")}: ` : ""}${message}`);
    const problem = validate(configSchema, data);
    if (problem) throw fail(problem.path, problem.message);
    return toConfig(file, data as Record<string, unknown>, fail);
  }
  return { context: {}, rules: {}, allowedDomains: [], ignores: [], overrides: [] };
}

function toConfig(filePath: string, data: Record<string, unknown>, fail: (path: (string | number)[], message: string) => Error): Config {
  const checkRules = (value: unknown, path: (string | number)[]) => {
    for (const id of Object.keys((value as object | undefined) ?? {})) {
      if (!(id in knownRules)) {
        const guess = closest(id, Object.keys(knownRules));
        throw fail([...path, id], `unknown rule "${id}"; did you mean "${guess}"?`);
      }
    }
  };
  checkRules(data.rules, ["rules"]);
  const overrides = (data.overrides as Override[] | undefined) ?? [];
  overrides.forEach((o, i) => checkRules(o.rules, ["overrides", i, "rules"]));
  const placeholders = (data.placeholders as string[] | undefined)?.map((source, i) => {
    try {
      return new RegExp(source, "gu");
    } catch (error) {
      throw fail(["placeholders", i], `not a regular expression: ${(error as Error).message}`);
    }
  });
  return {
    filePath,
    preset: data.preset as Config["preset"],
    context: (data.context as LintContext | undefined) ?? {},
    rules: (data.rules as Record<string, RuleSetting> | undefined) ?? {},
    allowedDomains: (data.allowedDomains as string[] | undefined) ?? [],
    ...(placeholders ? { placeholders } : {}),
    ignores: (data.ignores as string[] | undefined) ?? [],
    overrides,
  };
}

/** The context and lint options for one file: the config's, then each matching override's, in order. */
export function settingsFor(config: Config, relativePath: string, marketplace?: string): { context: LintContext; options: LintOptions } {
  let context: LintContext = { ...(marketplace ? { marketplace } : {}), ...config.context };
  let rules = { ...config.rules };
  for (const o of config.overrides) {
    if (!matcher(o.files)(relativePath)) continue;
    context = mergeContext(context, o.context ?? {});
    rules = { ...rules, ...o.rules };
  }
  const options: LintOptions = { rules, allowedDomains: config.allowedDomains };
  if (config.preset) options.preset = config.preset;
  if (config.placeholders) options.placeholders = config.placeholders;
  return { context, options };
}

/** Later facts win; the nested groups (order, history, volume) merge key by key. */
export function mergeContext(base: LintContext, more: LintContext): LintContext {
  const out: LintContext = { ...base, ...more };
  for (const key of ["order", "history", "volume"] as const) {
    if (base[key] && more[key]) (out as Record<string, unknown>)[key] = { ...base[key], ...more[key] };
  }
  return out;
}

const matchers = new Map<string, (path: string) => boolean>();

/** A cached glob matcher (globs are relative to the working directory). */
export function matcher(globs: string[]): (path: string) => boolean {
  const key = globs.join("\0");
  let m = matchers.get(key);
  if (!m) matchers.set(key, (m = picomatch(globs, { dot: true })));
  return m;
}
