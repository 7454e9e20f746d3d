import { findEmoji } from "../src/detect/emoji.js";
import { docsUrl } from "../src/policy/docs-url.js";
import { cite, SOURCES } from "../src/policy/sources.js";
import type { FieldText } from "../src/text/field.js";
import type { Edit, Rule, RuleContext } from "../src/types.js";

const ID = "no-emoji";

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "No emoji (pictographs, ZWJ sequences, flags, keycaps) and no GIF images. Business symbols such as ★ ※ 〒 ① ■ → © ™ are fine.",
    docs: docsUrl(ID),
    defaultSeverity: "error",
    recommended: true,
    fixable: true,
    hasSuggestions: true,
    defaultOptions: {
      /** Also report single symbols that render as text by default (☎ ✔ ♨ © ™ without VS16). */
      textPresentation: false,
    },
    strictOptions: { textPresentation: true },
    messages: {
      emoji: "Remove the emoji {{emoji}}: Amazon does not allow emoji in buyer messages.",
      "text-symbol": "The symbol {{emoji}} may render as an emoji on the buyer's device; consider removing it.",
      gif: "Remove the GIF image: Amazon does not allow GIFs in buyer messages.",
      "remove-gif": "Remove the image tag.",
    },
    sources: [
      cite(SOURCES.ECB, "Permitted Message styling may not contain any of the following: … 2) Emojis 3) GIFs", "2020-11-03"),
      cite(SOURCES.SON, "Remove all emojis, animated gifs/images, and images of your product."),
      cite(SOURCES.EDESK, "Styling updates – Do not include any of the following: Emojis …", "2025-04-25"),
    ],
  },
  check(context) {
    for (const text of context.texts()) {
      checkEmoji(context, text);
      if (text.html) checkGifs(context, text);
    }
  },
};

function checkEmoji(context: RuleContext, field: FieldText): void {
  const { text, map } = field.visible;
  const reportText = context.options.textPresentation === true;
  for (const e of findEmoji(text)) {
    if (e.presentation === "text" && !reportText) continue;
    const [start, end] = map.toSource(e.start, e.end);
    const emoji = field.original.slice(start, end);
    context.report({
      messageId: e.presentation === "emoji" ? "emoji" : "text-symbol",
      field: field.field,
      start,
      end,
      data: { emoji },
      severity: e.presentation === "emoji" ? undefined : "warning",
      fix: removal(field, start, end),
    });
  }
}

/** Removes the emoji and the doubled or dangling space its removal would leave. */
export function removal(field: FieldText, start: number, end: number): Edit {
  const s = field.original;
  const before = s[start - 1];
  const after = s[end];
  const isSpace = (c: string | undefined) => c === " " || c === "\u3000";
  const atBoundary = (c: string | undefined) => c === undefined || c === "\n" || c === "\r" || /[.,!?;:。、！？]/.test(c);
  if (isSpace(before) && (isSpace(after) || atBoundary(after))) return { field: field.field, start: start - 1, end, text: "" };
  if (isSpace(after) && (before === undefined || before === "\n")) return { field: field.field, start, end: end + 1, text: "" };
  return { field: field.field, start, end, text: "" };
}

function checkGifs(context: RuleContext, field: FieldText): void {
  for (const el of field.html!.elements) {
    if (el.name !== "img") continue;
    const src = el.attributes.find((a) => a.name === "src");
    if (!src || !/\.gif(?:[?#]|$)|^data:image\/gif/i.test(src.value.trim())) continue;
    context.report({
      messageId: "gif",
      field: field.field,
      start: el.start,
      end: el.end,
      suggestions: [{ message: rule.meta.messages["remove-gif"]!, fix: { field: field.field, start: el.start, end: el.end, text: "" } }],
    });
  }
}

export default rule;
