/**
 * One-to-one width folding: full-width ASCII (U+FF01–FF5E) to ASCII, the ideographic space to a space,
 * half-width katakana prolonged sound mark `ｰ` to `ー`. Every unit maps to one unit, so offsets are
 * unchanged and no offset map is needed.
 */
const NEEDS_FOLD = /[\uFF01-\uFF5E\u3000\uFF70]/;

export function widthFold(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else if (c === 0xff70) out += "\u30fc";
    else out += text[i];
  }
  return out;
}
