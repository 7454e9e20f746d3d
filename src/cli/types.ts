import type { LintContext, MessageDraft, Severity } from "msglint";

/** One finding placed in its file: what the JSON output, SARIF and the other formats print. */
export interface FileMessage {
  /** Id (or index) of the message inside a JSON or YAML collection. */
  entry?: string | number;
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  /** subject, body, attachments, context, or "file" for problems of the file itself (front matter, suppressions). */
  field: string;
  /** 1-based, in the file, UTF-16 columns. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** File offsets of a safe edit, when the edit maps exactly onto the file. */
  fix?: { range: [number, number]; text: string };
}

/** The results of one file. */
export interface FileResult {
  /** As given or found, relative to the working directory. */
  filePath: string;
  messages: FileMessage[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
}

/** What a formatter needs besides the results. */
export interface FormatContext {
  /** Rule metadata by id (the package's `rules` export): description and docs URL. */
  rules: Readonly<Record<string, { description: string; docs: string; defaultSeverity: Severity }>>;
  /** Use colours (only when writing to a terminal). */
  color: boolean;
  /** The working directory, for tools that want absolute or URI paths (SARIF). */
  cwd: string;
  /** The package version, for tools that record it (SARIF). */
  version: string;
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;

/** Where a text field of a message stands in its file. */
export interface FieldLocation {
  /** File offset where the field's value starts (a finding is reported here when `map` is absent). */
  start: number;
  /**
   * Maps a range of the field string to the file. Absent when the parsed string does not map one to
   * one onto the source (a YAML folded scalar): findings are then reported at `start`, never guessed.
   */
  map?: (start: number, end: number) => [number, number];
  /** Encodes replacement text for this location (JSON escapes, YAML double-quote escapes). */
  encode?: (text: string) => string;
}

/** A suppression from front matter: `msglint-disable: [{ rule, reason }]`. */
export interface Suppression {
  rule: string;
  reason: string;
  /** File offset of the suppression, to report it when unused. */
  at: number;
}

/** One message read from a file, with everything needed to place its findings back in the file. */
export interface SourceEntry {
  entry?: string | number;
  message: MessageDraft;
  context: LintContext;
  suppressions: Suppression[];
  fields: { subject?: FieldLocation; body: FieldLocation };
  /** File offset of the entry (where context findings are reported). */
  at: number;
  /** File offset of each attachment (where its findings are reported). */
  attachmentsAt: number[];
}

/** A file that could not be read or parsed: exit code 2 with one line naming file and line. */
export class FileError extends Error {
  constructor(
    readonly filePath: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(`${filePath}${line ? `:${line}` : ""}: ${message}`);
  }
}
