/**
 * The public types of msglint. Their names and shapes are the package's contract with other programs.
 */

/** The draft message to check. */
export interface MessageDraft {
  subject?: string;
  body: string;
  /** "text" (default) or "html". */
  format?: "text" | "html";
  attachments?: Attachment[];
}

export interface Attachment {
  /** File name with extension, e.g. "invoice-123.pdf". */
  name: string;
  /** Size in bytes. */
  size?: number;
  /** MIME type, if known. */
  type?: string;
  purpose?: AttachmentPurpose;
}

export type AttachmentPurpose =
  | "invoice" | "instructions" | "warranty" | "product-image" | "legal" | "customization" | "other";

export type ContactReason =
  | "fulfillment-issue" | "additional-information" | "return" | "invoice" | "review-request"
  | "delivery-scheduling" | "home-service" | "custom-design" | "shipping-address"
  | "unexpected-problem" | "legal-disclosure" | "warranty" | "other";

export type DateInput = string | Date;

/** What is known about the order and the sending situation. Every field is optional. */
export interface LintContext {
  /** Amazon marketplace code: US CA MX BR UK IE DE FR IT ES NL SE PL BE TR AE SA EG IN JP AU SG ZA. */
  marketplace?: string;
  /** BCP 47 locale of the buyer, e.g. "ja-JP". */
  buyerLocale?: string;
  channel?: "seller-central" | "email" | "sp-api";
  /** SP-API messaging type when channel is "sp-api", e.g. "confirmDeliveryDetails". */
  messageType?: string;
  /** "buyer": a reply in a thread the buyer started (not proactive). Default "seller". */
  initiatedBy?: "seller" | "buyer";
  reason?: ContactReason;
  buyerOptedOut?: boolean;
  /** 3-7-7 digits, e.g. "249-1234567-1234567". */
  orderId?: string;
  order?: {
    status?: "pending" | "unshipped" | "shipped" | "delivered" | "canceled";
    purchasedAt?: DateInput;
    shippedAt?: DateInput;
    deliveredAt?: DateInput;
  };
  /** The moment of sending; when given, no rule reads the clock. */
  now?: DateInput;
  history?: { reviewRequests?: number; proactiveMessages?: number };
  volume?: { sentToday: number; averageDailyOrders: number };
}

export type Severity = "error" | "warning" | "info";
export type TextField = "subject" | "body";
export type Field = TextField | "attachments" | "context";

/** A text edit: replace `[start, end)` of `field` with `text`. Offsets are UTF-16 units. */
export interface Edit {
  field: TextField;
  start: number;
  end: number;
  text: string;
}

export interface Suggestion {
  message: string;
  fix: Edit;
}

export type RuleId =
  | "no-external-links" | "no-contact-info" | "no-emoji" | "no-review-manipulation" | "no-marketing"
  | "no-redundant-message" | "html-styling" | "buyer-language" | "order-id" | "proactive-window"
  | "important-tag" | "opted-out-buyer" | "attachments" | "message-type" | "review-request-timing"
  | "send-limit";

/** Reported when a rule throws or reports something invalid; the other rules still run. */
export type InternalErrorId = "internal-error";

export interface Violation {
  ruleId: RuleId | InternalErrorId | (string & {});
  /** Stable sub-kind of the finding, e.g. "incentive" or "http-link". */
  messageId: string;
  severity: Severity;
  /** One English sentence a seller understands. */
  message: string;
  field: Field;
  /** Index into `attachments`, when field is "attachments". */
  attachment?: number;
  /** UTF-16 offsets into the original field string; 0, 0 for context findings. */
  start: number;
  end: number;
  /** 1-based line and column (UTF-16 columns) of start and end. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The original text in [start, end). */
  text: string;
  /** An edit that is safe to apply without asking. */
  fix?: Edit;
  /** Edits a person chooses from. */
  suggestions?: Suggestion[];
}

export interface LintResult {
  violations: Violation[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
  /** Where the lint spent its time; present only when the `timing` option is on. */
  timing?: LintTiming;
}

/**
 * Milliseconds one lint spent, by part (the `timing` option). Times are exclusive: the shared text
 * model and detectors are built once per lint and counted under `memo`, not in the rule that first
 * asked for them, so `rules` shows what each rule costs beyond them.
 */
export interface LintTiming {
  /** Every enabled rule, by id (rules that are off do not appear). */
  rules: Record<string, number>;
  /**
   * Each shared, memoized computation by name: "normalized", "links", "phones", "language", ...
   * (summed over the subject and body, and over the variants of a parameterized one).
   */
  memo: Record<string, number>;
  /** The whole call, input checks and sorting included. */
  total: number;
}

export interface FixResult {
  message: MessageDraft;
  fixed: Violation[];
  remaining: Violation[];
}

export type SeveritySetting = "off" | Severity;
export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>];

export interface LintOptions {
  preset?: PresetName;
  rules?: Partial<Record<RuleId, RuleSetting>> & Record<string, RuleSetting>;
  /** Extra link domains that are fine (carrier tracking, ...). Subdomains match too. */
  allowedDomains?: string[];
  /** Template placeholder syntaxes; the defaults cover {{x}} {x} [X] ${x} %X% <<x>>. */
  placeholders?: RegExp[];
  /** Rules of your own, run beside the built-in ones (see `Rule`). */
  customRules?: Rule[];
  /**
   * Measure where the time goes (like ESLint's TIMING): the result then carries `timing`. Off by
   * default, and costs nothing when off.
   */
  timing?: boolean;
}

export type PresetName = "recommended" | "strict";

/** Where a rule's policy comes from. */
export interface PolicySource {
  /** Short key, e.g. "SPM". */
  key: string;
  title: string;
  url: string;
  /** "official": an Amazon-owned text; "third-party": a copy or summary; "unverified": widely repeated, no source read. */
  confidence: "official" | "third-party" | "unverified";
  /** ISO date from which the cited text applies, when known. */
  effective?: string;
  /** What the source says, quoted or closely paraphrased. */
  quote?: string;
}

export interface RuleMeta {
  id: string;
  description: string;
  /** Link to the rule's documentation page. */
  docs: string;
  defaultSeverity: Severity;
  /** messageId → message template; `{{name}}` is replaced by report data. */
  messages: Record<string, string>;
  /** Option defaults; users may override any of them with a value of the same type. */
  defaultOptions: Record<string, unknown>;
  /** For string options that take one of a few values: the values allowed. */
  optionChoices?: Record<string, readonly string[]>;
  fixable: boolean;
  hasSuggestions: boolean;
  sources: PolicySource[];
  /** Enabled in the "recommended" preset (every rule is enabled in "strict"). */
  recommended: boolean;
  /** Option overrides the "strict" preset applies. */
  strictOptions?: Record<string, unknown>;
}

/** What a rule reports; the engine turns it into a `Violation`. */
export interface ReportDescriptor {
  messageId: string;
  field: Field;
  attachment?: number;
  start?: number;
  end?: number;
  /** Values for `{{name}}` in the message template. */
  data?: Record<string, string | number>;
  /** The rule's own severity for this finding; a severity the user configured wins. */
  severity?: Severity;
  fix?: Edit;
  suggestions?: Suggestion[];
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

// The rule context is defined next to the engine; re-exported here for rule authors.
import type { RuleContext } from "./engine/rule-context.js";
export type { RuleContext };
