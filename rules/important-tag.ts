import { docsUrl } from "../src/policy/docs-url.js";
import { isCriticalReason } from "../src/policy/reasons.js";
import { cite, SOURCES } from "../src/policy/sources.js";
import type { Rule } from "../src/types.js";

const ID = "important-tag";

/**
 * The tag in half-width brackets, any case, anywhere in the subject. Amazon documented it in English
 * and Japanese only; a translated tag (`[Wichtig]`, `[Importante]`) never had an effect and is just
 * words. Full-width `【重要】` is ordinary punctuation.
 */
const TAG = /\[\s*(?:important|重要)\s*[!！:]?\s*\]/giu;
/** The day Amazon stopped letting the tag override opt-outs (FORUM-SA; date per EDESK). */
const OVERRIDE_REMOVED = Date.UTC(2025, 3, 25);

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "`[Important]` / `[重要]` in the subject no longer overrides a buyer's opt-out (removed 2025-04-25), and on a non-critical message it is misuse.",
    docs: docsUrl(ID),
    defaultSeverity: "error",
    recommended: true,
    fixable: true,
    hasSuggestions: false,
    defaultOptions: {},
    messages: {
      misuse: "Remove {{tag}}: it marks a non-critical message as critical, and it no longer overrides the buyer's opt-out (since 2025-04-25).",
      "no-effect": "{{tag}} no longer overrides the buyer's opt-out (since 2025-04-25); Amazon flags critical messages itself, so the tag can go.",
    },
    sources: [
      cite(SOURCES.FORUM_SA, "We've removed the option to add \"[Important]\" to the message subject line and override buyer opt-out preferences. If the contact reason is critical to complete the order, your message will be delivered, regardless of the buyer's opt-out status.", "2025-04-25"),
      cite(SOURCES.FAQ_US_OLD, "Include the word [Important], with brackets as shown, anywhere in the subject line. … Use of [Important] for non-critical messages may …", "2017-01-01"),
      cite(SOURCES.JP_BSM, "半角かぎ括弧で囲った[重要]という言葉を件名に含めると…Eメールはブロックされません。重要ではないメッセージに[重要]と表記する…"),
      cite(SOURCES.EDESK, "The [Important] override ended on April 25, 2025.", "2025-04-25", "third-party"),
    ],
  },
  check(context) {
    const subject = context.message.subject;
    if (!subject || !subject.includes("[")) return;
    const critical = isCriticalReason(context.context.reason);
    // Before the removal the tag did its job on critical messages; only misuse was a problem then.
    const removed = context.now().getTime() >= OVERRIDE_REMOVED;
    for (const m of subject.matchAll(TAG)) {
      if (critical !== false && !removed) continue;
      const start = m.index!;
      const end = start + m[0].length;
      context.report({
        messageId: critical === false ? "misuse" : "no-effect",
        severity: critical === false ? "error" : "warning",
        field: "subject",
        start,
        end,
        data: { tag: m[0] },
        fix: { field: "subject", ...removalRange(subject, start, end), text: "" },
      });
    }
  },
};

/** The tag and the white space that would be left doubled or dangling without it. */
function removalRange(s: string, start: number, end: number): { start: number; end: number } {
  let e = end;
  while (e < s.length && /[ \u3000]/.test(s[e]!)) e++;
  if (e === s.length) {
    let b = start;
    while (b > 0 && /[ \u3000]/.test(s[b - 1]!)) b--;
    return { start: b, end };
  }
  return { start, end: e };
}

export default rule;
