/**
 * A set of code points given by a regex character class, answered from a table filled on first
 * sight. Scanning a text unit by unit with it costs a typed-array read per unit, where a Unicode
 * regex over two-byte (CJK) text costs ten times more.
 */
export class CodePointSet {
  /**
   * Per BMP unit: 0 not yet known, 1 outside, 2 inside, 3 a surrogate (outside alone, and one half
   * of an astral code point that may be inside), so that 1 and 2 answer without a range test.
   */
  private readonly bmp = new Uint8Array(0x10000).fill(SURROGATE, 0xd800, 0xe000);
  private readonly astral = new Map<number, boolean>();
  private readonly one: RegExp;

  /** `charClass` is the source of a character class, e.g. "[\\p{Script=Han}\\u3000-\\u303F]". */
  /** Whether any ASCII character is in the set; when none is, ASCII text is left alone at once. */
  private readonly hasAsciiMember: boolean;

  constructor(charClass: string) {
    this.one = new RegExp(`^${charClass}$`, "u");
    let ascii = false;
    for (let c = 0; c < 0x80; c++) if (this.unitsAt(String.fromCharCode(c), 0) > 0) ascii = true;
    this.hasAsciiMember = ascii;
  }

  /**
   * The length in units of the code point at `i` when it is in the set, else 0. A lone surrogate is
   * never in the set (as for a Unicode regex).
   */
  unitsAt(text: string, i: number): number {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        const cp = (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        let inside = this.astral.get(cp);
        if (inside === undefined) {
          inside = this.one.test(String.fromCodePoint(cp));
          this.astral.set(cp, inside);
        }
        return inside ? 2 : 0;
      }
    }
    let known = this.bmp[c]!;
    if (known === 0) known = this.bmp[c] = this.one.test(String.fromCharCode(c)) ? INSIDE : OUTSIDE;
    return known === INSIDE ? 1 : 0;
  }

  /** `text` with every unit of every member code point replaced by a space (same length, same offsets). */
  blank(text: string): string {
    if (!this.hasAsciiMember && ASCII_ONLY.test(text)) return text;
    const bmp = this.bmp;
    let out = "";
    let kept = 0;
    let i = 0;
    const n = text.length;
    while (i < n) {
      // The common cases inline: BMP units already known to be outside, or inside.
      if (bmp[text.charCodeAt(i)] === OUTSIDE) {
        i++;
        continue;
      }
      let units = this.unitsAt(text, i);
      if (units === 0) {
        i += isPairAt(text, i) ? 2 : 1;
        continue;
      }
      const start = i;
      while (units > 0) {
        i += units;
        while (i < n && bmp[text.charCodeAt(i)] === INSIDE) i++;
        units = i < n ? this.unitsAt(text, i) : 0;
      }
      out += text.slice(kept, start) + " ".repeat(i - start);
      kept = i;
    }
    return kept === 0 ? text : out + text.slice(kept);
  }
}

const OUTSIDE = 1;
const INSIDE = 2;
const SURROGATE = 3;

const ASCII_ONLY = /^[\x00-\x7f]*$/;

function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/**
 * Up to 15 sets of code points at once, each given by a character class: `maskOf` tells which of
 * them occur in a text in one pass, from a table of each unit's sets filled on first sight.
 */
export class CodePointClasses {
  /** Per BMP unit: KNOWN with the bits of its sets, or 0 while not yet known. */
  private readonly bmp = new Uint16Array(0x10000);
  private readonly astral = new Map<number, number>();
  private readonly tests: RegExp[];

  constructor(charClasses: readonly string[]) {
    if (charClasses.length > 15) throw new Error("CodePointClasses: at most 15 classes");
    this.tests = charClasses.map((c) => new RegExp(`^${c}$`, "u"));
  }

  /**
   * The bits (1 << index of the class) of the classes with a member in `text`, or in its units `from` to
   * `to` (a code point counts where it starts).
   */
  maskOf(text: string, from = 0, to = text.length): number {
    const bmp = this.bmp;
    let mask = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      let bits = bmp[c]!;
      if (bits === 0) {
        // Surrogates are never in the table: a pair is one astral code point, a lone one is in no
        // class (as for a Unicode regex).
        if (c >= 0xd800 && c <= 0xdfff) {
          if (isPairAt(text, i)) mask |= this.astralBits(text.codePointAt(i++)!);
          continue;
        }
        bits = bmp[c] = KNOWN | this.bitsOf(String.fromCharCode(c));
      }
      mask |= bits;
    }
    return mask & ~KNOWN;
  }

  private astralBits(cp: number): number {
    let bits = this.astral.get(cp);
    if (bits === undefined) this.astral.set(cp, (bits = this.bitsOf(String.fromCodePoint(cp))));
    return bits;
  }

  private bitsOf(codePoint: string): number {
    let bits = 0;
    this.tests.forEach((re, k) => {
      if (re.test(codePoint)) bits |= 1 << k;
    });
    return bits;
  }
}

const KNOWN = 0x8000;
