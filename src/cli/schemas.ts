import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { closest, distance } from "fastest-levenshtein";

/** The facts of `LintContext` as they may appear in config, front matter and message files. */
const contextProperties = {
  marketplace: { type: "string" },
  buyerLocale: { type: "string" },
  channel: { enum: ["seller-central", "email", "sp-api"] },
  messageType: { type: "string" },
  initiatedBy: { enum: ["seller", "buyer"] },
  reason: { type: "string" },
  buyerOptedOut: { type: "boolean" },
  orderId: { type: "string" },
  order: {
    type: "object",
    additionalProperties: false,
    properties: {
      status: { type: "string" },
      purchasedAt: { type: "string" },
      shippedAt: { type: "string" },
      deliveredAt: { type: "string" },
    },
  },
  now: { type: "string" },
  history: {
    type: "object",
    additionalProperties: false,
    properties: { reviewRequests: { type: "number" }, proactiveMessages: { type: "number" } },
  },
  volume: {
    type: "object",
    additionalProperties: false,
    properties: { sentToday: { type: "number" }, averageDailyOrders: { type: "number" } },
  },
} as const;

const context = { type: "object", additionalProperties: false, properties: contextProperties } as const;

const attachments = {
  type: "array",
  items: {
    type: "object",
    additionalProperties: false,
    required: ["name"],
    properties: { name: { type: "string" }, size: { type: "number" }, type: { type: "string" }, purpose: { type: "string" } },
  },
} as const;

/** `msglint-disable`: a list of `{ rule, reason }`, or a map of rule id to reason. A reason is required. */
const suppressions = {
  oneOf: [
    {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "reason"],
        properties: { rule: { type: "string" }, reason: { type: "string", minLength: 1 } },
      },
    },
    { type: "object", additionalProperties: { type: "string", minLength: 1 } },
  ],
} as const;

const ruleSetting = {
  oneOf: [
    { enum: ["off", "info", "warning", "error"] },
    { type: "array", minItems: 1, maxItems: 2, prefixItems: [{ enum: ["off", "info", "warning", "error"] }, { type: "object" }] },
  ],
} as const;

export const frontMatterSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    subject: { type: "string" },
    format: { enum: ["text", "html"] },
    attachments,
    "msglint-disable": suppressions,
    ...contextProperties,
  },
} as const;

export const messageSchema = {
  type: "object",
  additionalProperties: false,
  required: ["body"],
  properties: {
    id: { type: ["string", "number"] },
    subject: { type: "string" },
    body: { type: "string" },
    format: { enum: ["text", "html"] },
    attachments,
    context,
    "msglint-disable": suppressions,
  },
} as const;

export const configSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    preset: { enum: ["recommended", "strict"] },
    context,
    rules: { type: "object", additionalProperties: ruleSetting },
    allowedDomains: { type: "array", items: { type: "string" } },
    placeholders: { type: "array", items: { type: "string" } },
    ignores: { type: "array", items: { type: "string" } },
    overrides: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["files"],
        properties: {
          files: { type: "array", items: { type: "string" }, minItems: 1 },
          context,
          rules: { type: "object", additionalProperties: ruleSetting },
        },
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: false, strict: false });
const compiled = new Map<object, ValidateFunction>();

/** A schema problem: where (a path of keys and indexes) and what, in one sentence. */
export interface SchemaProblem {
  path: (string | number)[];
  message: string;
}

/** Validates `data`; returns the first problem, with a "did you mean" for a misspelt key. */
export function validate(schema: object, data: unknown): SchemaProblem | undefined {
  let fn = compiled.get(schema);
  if (!fn) compiled.set(schema, (fn = ajv.compile(schema)));
  if (fn(data)) return undefined;
  return describe(pickError(fn.errors ?? []), schema);
}

/** Of several errors (oneOf branches), the one that says the most. */
function pickError(errors: ErrorObject[]): ErrorObject {
  return errors.find((e) => e.keyword === "additionalProperties") ?? errors.find((e) => e.keyword !== "oneOf") ?? errors[0]!;
}

function describe(error: ErrorObject, schema: object): SchemaProblem {
  const path = error.instancePath.split("/").slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, "/").replace(/~0/g, "~")));
  if (error.keyword === "additionalProperties") {
    const key = String(error.params.additionalProperty);
    const known = Object.keys((schemaAt(schema, path) as { properties?: object })?.properties ?? {});
    const guess = known.length ? closest(key, known) : undefined;
    const hint = guess && similar(key, guess) ? `; did you mean "${guess}"?` : "";
    return { path: [...path, key], message: `unknown key "${key}"${hint}` };
  }
  if (error.keyword === "required") return { path, message: `missing "${String(error.params.missingProperty)}"` };
  if (error.keyword === "enum") return { path, message: `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}` };
  const where = path.length ? `"${path[path.length - 1]}" ` : "";
  return { path, message: `${where}${error.message ?? "is invalid"}` };
}

/** The sub-schema at a data path (properties and items only; enough to list the known keys). */
function schemaAt(schema: object, path: (string | number)[]): object | undefined {
  let node: Record<string, unknown> | undefined = schema as Record<string, unknown>;
  for (const part of path) {
    if (!node) return undefined;
    if (typeof part === "number") node = node.items as Record<string, unknown> | undefined;
    else node = (node.properties as Record<string, Record<string, unknown>> | undefined)?.[part];
  }
  return node;
}

/** Close enough to be a typo: edit distance at most a third of the word (and at least 1). */
function similar(a: string, b: string): boolean {
  const d = distance(a.toLowerCase(), b.toLowerCase());
  return d <= Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));
}
