import type { FieldText } from "../text/field.js";
import type { LintContext, MessageDraft, ReportDescriptor } from "../types.js";
import type { ContextDates } from "./input.js";

/** Settings shared by all rules of one lint. */
export interface SharedSettings {
  allowedDomains: readonly string[];
  placeholders: readonly RegExp[];
}

/** What a rule's `check` receives. */
export interface RuleContext {
  readonly ruleId: string;
  readonly message: MessageDraft;
  readonly context: LintContext;
  /** The context's dates, already parsed and validated. */
  readonly dates: ContextDates;
  /** The rule's options: its defaults with the user's overrides. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly settings: SharedSettings;
  /** The shared text model of `subject` or `body`; undefined when the message has no subject. */
  text(field: "subject" | "body"): FieldText | undefined;
  /** The text models of the fields present, subject first. */
  texts(): FieldText[];
  /** The moment of sending: `context.now` when given, else the clock. */
  now(): Date;
  report(descriptor: ReportDescriptor): void;
}
