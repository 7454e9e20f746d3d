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
 * Cheap pre-test: every emoji starts with ©, ®, an astral pictograph (U+1F000–U+1FBFF, whose lead
 * surrogates are U+D83C–U+D83E), an Emoji character between U+203C and U+3299, or is a keycap
 * (U+20E3). Business symbols in that range that are not Emoji (★ ※ 〒 ① → and CJK punctuation) no
 * longer send Japanese text through the full regex. A loop over a table, not a regular expression:
 * a lookahead tried at each CJK punctuation mark cost 4 µs on a 500-character Japanese message.
 * test/emoji-prefilter.test.ts checks every code point that can start an emoji-regex match.
 */
function mayHoldEmoji(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa9) continue;
    if (c === 0xa9 || c === 0xae || c === 0x20e3 || (c >= 0xd83c && c <= 0xd83e)) return true;
    if (c >= BMP_EMOJI_FIRST && c <= BMP_EMOJI_LAST && bmpEmojiTable()[c - BMP_EMOJI_FIRST] === 1) return true;
  }
  return false;
}

const BMP_EMOJI_FIRST = 0x203c;
const BMP_EMOJI_LAST = 0x3299;
let bmpEmoji: Uint8Array | undefined;
/** 1 for each Emoji character from U+203C to U+3299, filled on first use. */
function bmpEmojiTable(): Uint8Array {
  if (!bmpEmoji) {
    bmpEmoji = new Uint8Array(BMP_EMOJI_LAST - BMP_EMOJI_FIRST + 1);
    const emoji = /^\p{Emoji}$/u;
    for (let c = BMP_EMOJI_FIRST; c <= BMP_EMOJI_LAST; c++) if (emoji.test(String.fromCharCode(c))) bmpEmoji[c - BMP_EMOJI_FIRST] = 1;
  }
  return bmpEmoji;
}

/** Finds emoji in `text` (run it on the original, since NFKC rewrites some emoji into letters). */
export function findEmoji(text: string): EmojiMatch[] {
  if (!mayHoldEmoji(text)) return [];
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
