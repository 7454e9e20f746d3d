/**
 * The most frequent short words of each Latin-script language franc may choose. On text of a sentence
 * or two franc's trigrams drift to neighbours ("If you love the mug, …" → French); function words do
 * not, so they are a second opinion before a message is called foreign. Words shared by several of
 * these languages ("a", "de", "la", "in") are left out: they prove nothing.
 */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["the", "and", "you", "your", "we", "is", "are", "to", "of", "for", "with", "this", "that", "it", "our", "please", "thank", "thanks", "will", "have", "be", "on", "us", "if", "can", "would", "hi", "hello", "was", "has"],
  de: ["der", "die", "das", "und", "ist", "nicht", "sie", "wir", "ihr", "ihre", "ihren", "ihrer", "mit", "für", "auf", "ein", "eine", "einen", "bitte", "danke", "vielen", "zu", "den", "dem", "von", "sich", "ich", "wird", "werden", "haben", "uns", "guten", "sehr", "auch"],
  fr: ["le", "les", "et", "est", "vous", "nous", "votre", "vos", "pour", "avec", "une", "des", "du", "ce", "cette", "que", "qui", "pas", "merci", "bonjour", "sur", "dans", "au", "aux", "sont", "être", "il", "elle"],
  es: ["el", "los", "las", "y", "es", "usted", "su", "sus", "para", "con", "una", "del", "que", "por", "gracias", "hola", "muy", "nuestro", "nuestra", "lo", "le", "se", "está", "están", "pero", "como", "le", "al"],
  it: ["il", "gli", "è", "che", "per", "con", "una", "della", "dei", "delle", "di", "non", "grazie", "sono", "suo", "sua", "buongiorno", "ci", "lei", "ha", "abbiamo", "nel", "nella", "alla", "anche", "questo", "questa"],
  pt: ["os", "você", "seu", "sua", "para", "com", "uma", "do", "da", "dos", "das", "que", "não", "obrigado", "obrigada", "olá", "nós", "em", "no", "na", "é", "está", "muito", "ao", "pelo", "pela", "também"],
  nl: ["het", "een", "en", "is", "van", "u", "uw", "voor", "met", "niet", "dat", "wij", "we", "bedankt", "dank", "op", "te", "zijn", "ook", "graag", "wordt", "heeft", "naar", "bij"],
  sv: ["och", "att", "är", "det", "ett", "för", "med", "inte", "vi", "du", "din", "ditt", "dina", "på", "till", "tack", "har", "som", "av", "hej", "kan", "vår", "våra", "om"],
  pl: ["i", "w", "z", "na", "się", "nie", "jest", "do", "że", "dla", "pan", "pani", "dziękujemy", "jak", "czy", "po", "oraz", "już", "tak", "są", "państwa", "dzień"],
  tr: ["ve", "bir", "bu", "için", "ile", "çok", "teşekkür", "size", "sizin", "olarak", "mı", "mi", "ne", "ama", "daha", "var", "merhaba", "ederiz", "gibi", "olan"],
  cs: ["je", "se", "že", "pro", "jsme", "děkujeme", "vám", "váš", "vaše", "není", "jak", "by", "bude", "tak", "také", "které", "dobrý"],
};

const LANGS = Object.keys(FUNCTION_WORDS);

/**
 * Every function word with the languages it belongs to, in an open-addressing table keyed by a hash
 * of the word, so that words are looked up as they are read, without cutting them out of the text.
 */
interface WordTable {
  slots: Int32Array;
  words: string[];
  /** Each word's hash, as the text's words are hashed. */
  hashes: Int32Array;
  langs: number[][];
  longest: number;
}

let table: WordTable | undefined;

function wordTable(): WordTable {
  if (table) return table;
  const words: string[] = [];
  const langs: number[][] = [];
  LANGS.forEach((lang, l) => {
    for (const w of FUNCTION_WORDS[lang]!) {
      // A word listed twice for a language counts twice, as it always has.
      const at = words.indexOf(w);
      if (at < 0) {
        words.push(w);
        langs.push([l]);
      } else langs[at]!.push(l);
    }
  });
  const slots = new Int32Array(TABLE_SIZE).fill(-1);
  const hashes = new Int32Array(words.length);
  words.forEach((w, id) => {
    let h = 0;
    for (let i = 0; i < w.length; i++) h = step(h, w.charCodeAt(i));
    hashes[id] = h;
    let slot = h & (TABLE_SIZE - 1);
    while (slots[slot] !== -1) slot = (slot + 1) & (TABLE_SIZE - 1);
    slots[slot] = id;
  });
  return (table = { slots, words, langs, hashes, longest: Math.max(...words.map((w) => w.length)) });
}

const TABLE_SIZE = 2048;
const step = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;

/** Per UTF-16 unit of the BMP: 0 not yet known, or one of the three kinds below. */
const LETTER = new Uint8Array(0x10000);
const LATIN_LETTER = 1;
const NOT_A_LETTER = 2;
const OTHER_LETTER = 3;
const IS_LETTER = /^\p{L}$/u;
const IS_LATIN = /^\p{Script=Latin}$/u;

function letterKind(c: number): number {
  let known = LETTER[c]!;
  if (known === 0) {
    const unit = String.fromCharCode(c);
    known = c >= 0xd800 && c <= 0xdfff ? NOT_A_LETTER : !IS_LETTER.test(unit) ? NOT_A_LETTER : IS_LATIN.test(unit) ? LATIN_LETTER : OTHER_LETTER;
    LETTER[c] = known;
  }
  return known;
}

/** How many words of `text` (runs of letters, lower-cased) are function words of each language. */
export function countFunctionWords(text: string): Map<string, number> {
  return functionWordsOf(text).counts;
}

/**
 * `countFunctionWords`, and whether every letter of the text is of the Latin script: then its words
 * are those of its Latin sample (language.ts), which needs not be made to count them.
 */
export function functionWordsOf(text: string): { counts: Map<string, number>; onlyLatinLetters: boolean } {
  const reader = new FunctionWordReader(text);
  reader.readUntil(NEVER);
  return { counts: reader.counts(), onlyLatinLetters: reader.onlyLatinLetters };
}

const NEVER = () => false;

/**
 * Reads the function words of a text word by word, as far as a question needs: whether a language's
 * words occur among enough others is often settled in the first sentence of a long message, and the
 * rest of it is read only if another question needs it.
 */
export class FunctionWordReader {
  private readonly lower: string;
  /** Where reading goes on: the unit after the last word read. */
  private at = 0;
  private readonly perLang = new Int32Array(LANGS.length);
  /** Languages in the order their first word was read (the order of `counts`). */
  private readonly order: number[] = [];
  /** Function words read so far, summed over the languages they belong to. */
  total = 0;
  /** Whether every letter read so far is of the Latin script. */
  onlyLatinLetters = true;

  constructor(text: string) {
    this.lower = text.toLowerCase();
  }

  /** Whether the whole text has been read. */
  get done(): boolean {
    return this.at > this.lower.length;
  }

  /** Function words of `lang` read so far. */
  count(lang: string): number {
    const l = LANGS.indexOf(lang);
    return l < 0 ? 0 : this.perLang[l]!;
  }

  /** Counts per language read so far, in the order the languages were first seen. */
  counts(): Map<string, number> {
    return new Map(this.order.map((l) => [LANGS[l]!, this.perLang[l]!]));
  }

  /** Reads on until `enough()` holds after a function word, or to the end of the text. */
  readUntil(enough: () => boolean): void {
    const { slots, words, langs, longest, hashes } = wordTable();
    const { lower, perLang, order } = this;
    const n = lower.length;
    let onlyLatinLetters = this.onlyLatinLetters;
    let start = -1;
    let h = 0;
    let i = this.at;
    for (; i <= n; i++) {
      if (i < n) {
        const c = lower.charCodeAt(i);
        let width = 0;
        // Lower-case ASCII letters first: most of a Latin text, and one comparison each.
        if (c >= 0x61 && c <= 0x7a) width = 1;
        else if (c < 0x80) width = 0;
        else if (c < 0xd800 || c > 0xdfff) {
          const kind = letterKind(c);
          if (kind !== NOT_A_LETTER) width = 1;
          if (kind === OTHER_LETTER) onlyLatinLetters = false;
        } else if (c <= 0xdbff && i + 1 < n) {
          const d = lower.charCodeAt(i + 1);
          // Astral letters are none of Latin's.
          if (d >= 0xdc00 && d <= 0xdfff && IS_LETTER.test(lower.slice(i, i + 2))) (width = 2), (onlyLatinLetters = false);
        }
        if (width > 0) {
          if (start < 0) {
            start = i;
            h = 0;
          }
          h = step(h, c);
          if (width === 2) h = step(h, lower.charCodeAt(++i));
          continue;
        }
      }
      if (start < 0) continue;
      const length = i - start;
      start = -1;
      if (length > longest) continue;
      for (let slot = h & (TABLE_SIZE - 1); slots[slot] !== -1; slot = (slot + 1) & (TABLE_SIZE - 1)) {
        const id = slots[slot]!;
        // The whole hash first: most words that reach a slot are not the word there.
        if (hashes[id] !== h) continue;
        const w = words[id]!;
        if (w.length !== length || !lower.startsWith(w, i - length)) continue;
        for (const l of langs[id]!) if (perLang[l]!++ === 0) order.push(l);
        this.total += langs[id]!.length;
        // Asked only after a function word: between them nothing changes.
        if (enough()) {
          this.at = i + 1;
          this.onlyLatinLetters = onlyLatinLetters;
          return;
        }
        break;
      }
    }
    this.at = i;
    this.onlyLatinLetters = onlyLatinLetters;
  }
}

/**
 * Letters that, among these languages, only one uses: a few of them vouch for a language that has
 * few separate function words (Turkish suffixes everything).
 */
export const DISTINCTIVE_LETTERS: Readonly<Record<string, RegExp>> = {
  tr: /[ğış]/giu,
  pl: /[łąęśźżń]/giu,
  cs: /[řěů]/giu,
  es: /[ñ¿¡]/giu,
  pt: /[ãõ]/giu,
  sv: /[å]/giu,
  de: /[ß]/giu,
};

/** How many letters distinctive of `lang` the text has (0 for a language without such letters). */
export function countDistinctiveLetters(text: string, lang: string): number {
  const re = DISTINCTIVE_LETTERS[lang];
  if (!re) return 0;
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}
