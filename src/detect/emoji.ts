import emojiRegex from "emoji-regex";

/** One emoji as a reader sees it: a single pictograph, or a whole ZWJ / flag / keycap / modifier sequence. */
export interface EmojiMatch {
  start: number;
  end: number;
  /**
   * "emoji": renders as a picture (emoji presentation by default, with VS16, or a multi-code-point
   * sequence). "text": a single symbol that renders as text unless styled (©, ™, ☎, ♨ without VS16).
   */
  presentation: "emoji" | "text";
}

const EMOJI = emojiRegex();
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}/u;
/**
 * Faces, hearts and hands whose default presentation is text but which phones draw as emoji anyway
 * and sellers use as emoji (❤ ☺ ✌); symbols such as © ™ ☎ ✔ stay text.
 */
const EMOJI_IN_INTENT = /^[\u263a\u2639\u2764\u2763\u270c\u261d\u270d]$/;
/**
 * Cheap pre-test: every emoji starts with ©, ®, an astral pictograph, an Emoji character between
 * U+203C and U+3299, or is a keycap (U+20E3). Business symbols in that range that are not Emoji
 * (★ ※ 〒 ① → and CJK punctuation) no longer send Japanese text through the full regex.
 * test/emoji-prefilter.test.ts checks every code point that can start an emoji-regex match.
 */
const MAYBE_EMOJI = /[\u00a9\u00ae\u20e3\u{1F000}-\u{1FBFF}]|(?=[\u203c-\u3299])\p{Emoji}/u;

/** Finds emoji in `text` (run it on the original, since NFKC rewrites some emoji into letters). */
export function findEmoji(text: string): EmojiMatch[] {
  if (!MAYBE_EMOJI.test(text)) return [];
  const out: EmojiMatch[] = [];
  EMOJI.lastIndex = 0;
  for (const m of text.matchAll(EMOJI)) {
    const start = m.index!;
    let end = start + m[0].length;
    // emoji-regex leaves a trailing VS16 outside the match for default-emoji characters; it belongs to it.
    if (text.charCodeAt(end) === 0xfe0f) end++;
    const seq = text.slice(start, end);
    const codePoints = [...seq].length;
    const presentation = codePoints > 1 || EMOJI_PRESENTATION.test(seq) || EMOJI_IN_INTENT.test(seq) ? "emoji" : "text";
    out.push({ start, end, presentation });
  }
  return out;
}
