import type { Attachment, LintContext, MessageDraft } from "msglint";
import { verbatimLocation } from "./field-map.js";
import type { DataPath, ParsedDocument } from "./parsed-document.js";
import { parseJson } from "./read-json.js";
import { lineOf, parseYaml } from "./read-yaml.js";
import { frontMatterSchema, messageSchema, validate, type SchemaProblem } from "./schemas.js";
import { FileError, type SourceEntry, type Suppression } from "./types.js";

/** The file types the command line reads. */
export const EXTENSIONS = [".txt", ".md", ".html", ".htm", ".json", ".yaml", ".yml"] as const;

const CONTEXT_KEYS = [
  "marketplace", "buyerLocale", "channel", "messageType", "initiatedBy", "reason", "buyerOptedOut", "orderId",
  "order", "now", "history", "volume",
] as const;

/** Reads the messages of one file; throws `FileError` for anything that does not parse or validate. */
export function readEntries(filePath: string, text: string, extension: string): SourceEntry[] {
  if (extension === ".json") return collection(filePath, text, parseJson(filePath, text));
  if (extension === ".yaml" || extension === ".yml") return collection(filePath, text, parseYaml(filePath, text));
  return [textEntry(filePath, text, extension === ".html" || extension === ".htm" ? "html" : "text")];
}

/** A JSON or YAML file: one message object, or an array of them. */
function collection(filePath: string, text: string, doc: ParsedDocument): SourceEntry[] {
  const list = Array.isArray(doc.value) ? doc.value : [doc.value];
  return list.map((item, index) => {
    const base: DataPath = Array.isArray(doc.value) ? [index] : [];
    const problem = validate(messageSchema, item);
    if (problem) throw schemaError(filePath, text, doc, base, problem);
    const m = item as Record<string, unknown>;
    const body = doc.stringLocation([...base, "body"])!;
    const subject = m.subject === undefined ? undefined : doc.stringLocation([...base, "subject"]);
    return {
      entry: (m.id as string | number | undefined) ?? (Array.isArray(doc.value) ? index : undefined),
      message: draft(m, (m.format as MessageDraft["format"]) ?? "text", m.body as string),
      context: (m.context as LintContext | undefined) ?? {},
      suppressions: suppressionsOf(m["msglint-disable"], doc, [...base, "msglint-disable"]),
      fields: { body, ...(subject ? { subject } : {}) },
      at: doc.offsetOf(base),
      attachmentsAt: ((m.attachments as unknown[] | undefined) ?? []).map((_, i) => doc.offsetOf([...base, "attachments", i])),
    };
  });
}

/** A text, Markdown or HTML file: the body, after optional YAML front matter. */
function textEntry(filePath: string, text: string, format: "text" | "html"): SourceEntry {
  const fm = text.match(/^\uFEFF?---[ \t]*\r?\n/);
  if (!fm) {
    const bodyStart = text.startsWith("\uFEFF") ? 1 : 0;
    return plain(text.slice(bodyStart), format, bodyStart);
  }
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(fm[0].length);
  const end = rest.search(close);
  if (end < 0) throw new FileError(filePath, 1, "front matter: no closing --- line");
  const yamlStart = fm[0].length;
  const yamlEnd = yamlStart + end;
  const closing = rest.slice(end).match(close)![0];
  const bodyStart = yamlEnd + closing.length;
  const doc = parseYaml(filePath, text, yamlStart, yamlEnd);
  const data = (doc.value ?? {}) as Record<string, unknown>;
  const problem = validate(frontMatterSchema, data);
  if (problem) throw schemaError(filePath, text, doc, [], problem);
  const context: Record<string, unknown> = {};
  for (const key of CONTEXT_KEYS) if (data[key] !== undefined) context[key] = data[key];
  const subject = data.subject === undefined ? undefined : doc.stringLocation(["subject"]);
  return {
    message: draft(data, (data.format as MessageDraft["format"]) ?? format, text.slice(bodyStart)),
    context: context as LintContext,
    suppressions: suppressionsOf(data["msglint-disable"], doc, ["msglint-disable"]),
    fields: { body: verbatimLocation(bodyStart), ...(subject ? { subject } : {}) },
    at: 0,
    attachmentsAt: ((data.attachments as unknown[] | undefined) ?? []).map((_, i) => doc.offsetOf(["attachments", i])),
  };
}

function plain(body: string, format: "text" | "html", bodyStart: number): SourceEntry {
  return { message: { body, format }, context: {}, suppressions: [], fields: { body: verbatimLocation(bodyStart) }, at: 0, attachmentsAt: [] };
}

function draft(m: Record<string, unknown>, format: MessageDraft["format"], body: string): MessageDraft {
  const d: MessageDraft = { body, format };
  if (m.subject !== undefined) d.subject = m.subject as string;
  if (m.attachments !== undefined) d.attachments = m.attachments as Attachment[];
  return d;
}

function suppressionsOf(value: unknown, doc: ParsedDocument, path: DataPath): Suppression[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    return value.map((s: { rule: string; reason: string }, i) => ({ rule: s.rule, reason: s.reason, at: doc.offsetOf([...path, i]) }));
  }
  return Object.entries(value as Record<string, string>).map(([rule, reason]) => ({ rule, reason, at: doc.offsetOf([...path, rule]) }));
}

function schemaError(filePath: string, text: string, doc: ParsedDocument, base: DataPath, problem: SchemaProblem): FileError {
  const path = [...base, ...problem.path];
  const where = path.length ? `${path.join(".")}: ` : "";
  return new FileError(filePath, lineOf(text, doc.offsetOf(path)), `${where}${problem.message}`);
}
