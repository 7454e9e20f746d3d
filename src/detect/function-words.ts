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

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

/** How many words of `text` are function words of each language. */
export function countFunctionWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const lang of LOOKUP.get(m[0]) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return counts;
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
