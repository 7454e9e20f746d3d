import { findPhoneNumbersInText as findInText, type CountryCode } from "libphonenumber-js/core";
// The max metadata, which the build cuts down to the regions of PHONE_METADATA_REGIONS (build/data-subsets.ts).
import metadata from "libphonenumber-js/metadata.max.json";
import { BoundedCache } from "../text/bounded-cache.js";
import type { FieldText } from "../text/field.js";

/** libphonenumber-js/core takes its metadata with every call. */
const findPhoneNumbersInText = (text: string, region?: CountryCode) =>
  region ? findInText(text, region, metadata) : findInText(text, metadata);

/** A phone number found in a field, with its range in the original field string. */
export interface FoundPhone {
  start: number;
  end: number;
  /** E.164 form when the number parsed as valid for a region. */
  e164?: string;
  /**
   * "library": valid for a region; "shape": unmistakably phone-shaped; "spaced": digits spaced one by
   * one; "words": digits written as words.
   */
  how: "library" | "shape" | "spaced" | "words";
}

/** Runs of digits with the separators phone numbers are written with; a number needs 7+ digits. */
const CANDIDATE = /(?<![A-Za-z\d])[+(]?\d[\d \-‐‑–−ー().\/]{5,38}\d(?![A-Za-z\d])/g;
/** One digit at a time, spaced: "5 5 5 4 1 9 0 2 2 6". */
const SPACED = /(?<![\d])(?:\d(?:[ .\-_\/•·|*~]| {2,3})){7,14}\d(?![\d])/g;
/** North-American shape, valid or not (fictional 555 numbers are still phone numbers to a buyer). */
const NANP_SHAPE = /^(?:\+?1[ .-]?)?\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}$|^(?:\+?1[ .-])?\d{3}[.-]\d{3}[.-]\d{4}$/;

/** Digits that are something else: an order id, a date. */
const ORDER_ID = /\d{3}-\d{7}-\d{7}/;
const DATE_LIKE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$/;
/** Labels of numbers that are not phone numbers: postal codes, tracking, order, tax, product and account numbers. */
const NOT_PHONE_LABEL =
  "(?<![A-Za-z\\u00C0-\\u024F])(?:〒|zip|postal|post ?code|postleitzahl|plz|cap|cep|c\\.p\\.|cp|邮编|郵便|우편|" +
    "tracking|track|追跡|お問い合わせ番号|問合せ番号|伝票|运单|運單|單號|单号|追踪|快递|운송장|송장|sendung\\p{L}*|paket\\p{L}*|" +
    "suivi|colis|seguimiento|env[íi]o|tracciamento|spedizione|rastreio|rastreamento|objeto|" +
    "order|bestell\\p{L}*|auftrag\\p{L}*|commande|pedido|ordine|注文|订单|訂單|주문|invoice|rechnung\\p{L}*|factura|fattura|facture|nota fiscal|" +
    "kunden-?(?:nr|nummer)|customer (?:no|number|id)|client (?:no|number|id)|(?:numéro|n°) (?:de )?client|(?:número|numero) (?:de )?cliente|会員番号|顧客番号|" +
    "vat|ust\\.?-?id\\p{L}*|steuer\\p{L}*|tva|p\\.? ?iva|partita iva|codice fiscale|c\\.f\\.|cpf|cnpj|nif|cif|dni|ssn|tax|税|" +
    "company (?:no|number|reg\\p{L}*)|registration (?:no|number)|handelsregister|hrb|kvk|siret|siren|org\\.? ?nr|nip|regon|" +
    "isbn|jan|ean|upc|sku|asin|gtin|art(?:ikel)?\\.?-?n(?:r|o)\\.?|ref\\.?|réf\\.?|cod\\.?|model|modell|型番|品番|型号|型號|모델|" +
    "serial|s\\/n|serien\\p{L}*|referenz\\p{L}*|modell\\p{L}*|artikel\\p{L}*|produkt\\p{L}*|" +
    "(?:numéro|número|numero|nummer) (?:de |di |do |da )?(?:modèle|modelo|modello|série|serie|référence|referencia|riferimento|suivi|seguimiento|commande|pedido|ordine|lot|lote)|" +
    "シリアル|序列号|lot|charge|iban|bic|blz|konto|account|口座|账号|n[°º]|nr\\.?|no\\.?|#|" +
    "riferimento|rif\\.?|gu[ií]a|referencia|przesyłki|zamówienia|" +
    // Any "…number" compound or "number of …" phrase; a phone word before the digits still wins
    // (Telefonnummer, 電話番号, 전화번호, numer telefonu, رقم الهاتف).
    "(?!(?:kontakt|service|support|hotline|notruf|durchwahl|mobil|handy|telefon|ruf|fax)nummer)\\p{L}+nummer|\\p{L}*(?:番号|번호|号码|號碼|编号|編號|代码|代碼)(?:[はがの是为為는은이가]|です|입니다)?|numer \\p{L}+|numara\\p{L}*|" +
    "رقم (?:ال)?(?:تتبع|شحنة|طلب|فاتورة|ضريبي|مرجع|عميل|سجل التجاري|تسجيل))";
/**
 * Such a label right before the digits. This and the next are built on first use: parsing their
 * hundreds of alternatives with Unicode classes is a noticeable part of importing msglint.
 */
let notPhoneBefore: RegExp | undefined;
const NOT_PHONE_BEFORE = () => (notPhoneBefore ??= new RegExp(`${NOT_PHONE_LABEL}[\\s:：#.\\-]*$`, "iu"));
/**
 * Such a label a few words before the digits: "Sendungsnummer von Hermes:", "tracking number for the
 * return is". Only for digits not written as a phone number ("+44 …", "(030) …").
 */
let notPhoneAFewWordsBefore: RegExp | undefined;
const NOT_PHONE_A_FEW_WORDS_BEFORE = () =>
  (notPhoneAFewWordsBefore ??= new RegExp(`${NOT_PHONE_LABEL}(?:[\\s:：#.\\-(]+[\\p{L}()]{1,14}){1,5}[\\s:：#.\\-)]*$`, "iu"));
/**
 * Shapes no phone number has: a year and a sequence ("2026/004512"), and the 3-2-5 grouping of a Korean
 * business registration number ("123-45-67890").
 */
const NOT_PHONE_SHAPE = /^(?:(?:19|20)\d{2}\/\d{4,}|\d{3}-\d{2}-\d{5})$/;

/** A product code: 13 digits, plain or grouped 1-6-6, with a valid GS1 check digit ("7 612345 678900"). */
function isEan13(window: string): boolean {
  const w = window.trim();
  if (!/^[1-9]\d{12}$|^[1-9] \d{6} \d{6}$/.test(w)) return false;
  const d = w.replace(/ /g, "");
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(d[i]) * (i % 2 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(d[12]);
}

/**
 * A label a few words back. Those words are written with spaces (Latin, Arabic and Korean text), and
 * the pattern is tried at every position of its 60 units, so it runs only when white space and a letter
 * of those scripts stand there.
 */
function labelledAFewWordsBefore(text: string, lineStart: number, start: number): boolean {
  const before = text.slice(Math.max(lineStart, start - VETO_REACH), start);
  return WORDS_WITH_SPACES.test(before) && NOT_PHONE_A_FEW_WORDS_BEFORE().test(before);
}
const WORDS_WITH_SPACES = /[A-Za-z\u00C0-\u024F\u0600-\u06FF\uAC00-\uD7AF]{2}[^\n]*\s/;

const UNIT_AFTER = /^\s?(?:mm|cm|km|m\b|kg|g\b|mah|w\b|v\b|°|℃|%|円|€|\$|¥|ml|l\b|pcs|個|件|点|元|원|lumen|gsm|g\/m)/i;
const CURRENCY_BEFORE = /[$€£¥₩円]\s?$/;

/**
 * Finds phone numbers. `regions` are ISO 3166 codes tried in order for numbers written without `+CC`
 * (numbers with `+CC` are found whatever the region). Digits are searched on the NFKC text, where
 * full-width digits are ASCII; the result is memoized per field and region list.
 */
export function findPhones(field: FieldText, regions: readonly string[]): FoundPhone[] {
  return field.memo(`phones:${regions.join(",")}`, () => {
    const { text, map } = field.normalized;
    if (!/\d[^\d\n]{0,3}\d[^\d\n]{0,3}\d|[〇零一二三四五六七八九]{3}|[\u0660-\u0669\u06F0-\u06F9]{3}|\b(?:zero|one|two|null|eins|un|uno|um)\b/i.test(text)) return [];
    const prepared = prepare(text);
    type Hit = { start: number; end: number; e164?: string; how: FoundPhone["how"] };
    // Numbers written out (as words or digit by digit) claim their ranges first; both lists come out
    // sorted, so overlap checks below walk them with a pointer instead of searching (linear in the text).
    const claimed: Hit[] = [];
    if (mayHaveNumberWords(prepared)) {
      for (const m of prepared.matchAll(NUMBER_WORDS)) claimed.push({ start: m.index!, end: m.index! + m[0].length, how: "words" });
    }
    for (const m of prepared.matchAll(SPACED)) {
      if (claimed.length >= MAX_PHONES) break;
      const start = m.index!;
      const end = start + m[0].length;
      if (!vetoed(prepared, start, end)) claimed.push({ start, end, how: "spaced" });
    }
    claimed.sort((a, b) => a.start - b.start);
    let next = 0;
    const overlapsClaimed = (s: number, e: number) => {
      while (next < claimed.length && claimed[next]!.end <= s) next++;
      return next < claimed.length && claimed[next]!.start < e;
    };
    const parsed: Hit[] = [];
    for (const m of prepared.matchAll(CANDIDATE)) {
      // Parsing costs ~10 µs a number; a field with a thousand numbers has made its point.
      if (claimed.length + parsed.length >= MAX_PHONES) break;
      const start = m.index!;
      const window = m[0];
      // Vetoes and the shape test are cheap, and most digit runs in messages are order ids or dates:
      // settle them before the library parses anything.
      if (!phoneShaped(window) || overlapsClaimed(start, start + window.length) || vetoed(prepared, start, start + window.length)) continue;
      const likely = looksLikePhone(prepared, start, window);
      for (const hit of parseWindowCached(window, likely ? regions : regions.slice(0, PRIMARY_REGIONS))) {
        const s = start + hit.start;
        const e = start + hit.end;
        const last = parsed[parsed.length - 1];
        if ((last && last.end > s) || vetoed(prepared, s, e)) continue;
        parsed.push({ start: s, end: e, e164: hit.e164, how: hit.e164 ? "library" : "shape" });
      }
    }
    return [...claimed, ...parsed]
      .map((f) => {
        const [start, end] = map.toSource(f.start, f.end);
        return { start, end, how: f.how, ...(f.e164 ? { e164: f.e164 } : {}) };
      })
      .sort((a, b) => a.start - b.start);
  });
}

/**
 * Same-length preparation: a comma or semicolon between numbers becomes a line break (the library
 * would read the second number as an extension), and a Latin prefix glued to digits (`TEL03-…`) is blanked.
 */
function prepare(text: string): string {
  return NEEDS_PREPARING.test(text) ? prepareEach(text) : text;
}

/**
 * A text none of whose rewrites below applies has a match of this nowhere (each alternative is a
 * rewrite's pattern, or the start of it): one search instead of five, the text is left as it is.
 */
export const NEEDS_PREPARING =
  /[\u0660-\u0669\u06F0-\u06F9]|[〇零一二三四五六七八九][〇零一二三四五六七八九\s\-‐−ー()（）]{6}|\d\s*[,;]\s*[+(]?\d|\d[•·・|*~_=＿]\s*\d|(?:tel|fax|phone|mob|mobile|ph|tlf|tfn|telefon|tél)\.?[+(]?\d/i;

/** The rewrites, each applied to the whole text. */
export function prepareEach(text: string): string {
  return text
    // Arabic-Indic and Persian digits read as the digits they are (NFKC leaves them as they are).
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) & 0xf))
    // Kanji digits in a run that reads as a number (〇三-一二三四-五六七八); a lone 一 is a word.
    .replace(KANJI_DIGIT_RUN, (run) => run.replace(/[〇零一二三四五六七八九]/g, (c) => String(KANJI_DIGITS.indexOf(c) % 10)))
    // These two start with the digit rather than a lookbehind for it: a lookbehind is checked at every
    // position, a leading digit lets the search skip to the next one (several times faster).
    .replace(/\d\s*[,;](?=\s*[+(]?\d)/g, (s) => s.replace(/[,;]/, "\n"))
    // Odd separators between digits (03•1234•5678, 03|1234|5678) read as hyphens.
    .replace(/\d[•·・|*~_=＿](?=\s*\d)/g, (s) => `${s[0]}-`)
    .replace(/(?:tel|fax|phone|mob|mobile|ph|tlf|tfn|telefon|tél)\.?(?=[+(]?\d)/gi, (s) => " ".repeat(s.length));
}

const KANJI_DIGITS = "〇一二三四五六七八九零";
const KANJI_DIGIT_RUN = /[〇零一二三四五六七八九](?:[〇零一二三四五六七八九\s\-‐−ー()（）]){6,}[〇零一二三四五六七八九]/g;

/** Digits written as words, in the languages sellers write: a run of seven or more is a phone number. */
const NUMBER_WORD =
  "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|" +
  "zéro|un|deux|trois|quatre|cinq|sept|huit|neuf|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|" +
  "uno|due|tre|quattro|cinque|sei|sette|otto|nove|um|dois|três|quatro|seis|sete|oito|nove)";
export const NUMBER_WORDS = new RegExp(`(?<![\\p{L}])${NUMBER_WORD}(?:[\\s,\\-]+${NUMBER_WORD}){6,14}(?![\\p{L}])`, "giu");
/**
 * Three number words in a row: every match of NUMBER_WORDS starts with them. Searched without the `u`
 * flag and without a lookbehind, three times faster on prose; without `u`, only "ſ" fails to match
 * an "s" as it does with it, so text that has one is searched in full.
 */
const NUMBER_WORDS_START = new RegExp(`${NUMBER_WORD}[\\s,\\-]+${NUMBER_WORD}[\\s,\\-]+${NUMBER_WORD}`, "i");
export const mayHaveNumberWords = (text: string) => NUMBER_WORDS_START.test(text) || text.includes("ſ");

type WindowHit = { readonly start: number; readonly end: number; readonly e164?: string };

/**
 * Parsing costs ~10 µs a number and a window's result depends only on the window and the regions:
 * re-linting the same draft (on every keystroke) parses only the windows that changed.
 */
const PARSED = new BoundedCache<readonly WindowHit[]>(1024);

function parseWindowCached(window: string, regions: readonly string[]): readonly WindowHit[] {
  return PARSED.get(`${regions.join(",")}\n${window}`, () => parseWindow(window, regions));
}

function parseWindow(window: string, regions: readonly string[]): WindowHit[] {
  for (const region of regions) {
    const hits = findPhoneNumbersInText(window, region as CountryCode);
    if (hits.length) return hits.map((h) => ({ start: h.startsAt, end: h.endsAt, e164: h.number.number }));
  }
  if (regions.length === 0 || !window.startsWith("+")) {
    const hits = window.startsWith("+") ? findPhoneNumbersInText(window) : [];
    if (hits.length) return hits.map((h) => ({ start: h.startsAt, end: h.endsAt, e164: h.number.number }));
  }
  const trimmed = window.trim();
  if (NANP_SHAPE.test(trimmed)) {
    const at = window.indexOf(trimmed);
    return [{ start: at, end: at + trimmed.length }];
  }
  return [];
}

/** Phone numbers reported per field at most (see docs/limits.md). */
export const MAX_PHONES = 1000;

/** Regions tried for any digit run; the others only for runs that look like a phone number. */
const PRIMARY_REGIONS = 3;
/**
 * Words that say a phone number follows. Latin ones as whole words with their inflections, so a shop
 * called "Casa Bela" holds no Dutch "bel" (call) and "Calle" no "call".
 */
const PHONE_WORD_BEFORE =
  /(?:(?<!\p{L})(?:tel|telephone|phone[ds]?|phoning|call(?:s|ed|ing)?|ring(?:ing)?|fax\p{L}*|mobil\p{L}*|cell(?:phone)?|whats ?app|hotline\p{L}*|kontaktnummer|servicenummer|supportnummer|durchwahl|telefon\p{L}*|handy\p{L}*|ruf\p{L}*|anruf\p{L}*|appel\p{L}*|téléphon\p{L}*|portable|llam\p{L}*|teléfono|móvil|chiam\p{L}*|cellulare|ligu\p{L}*|ligar|celular|bel|bellen|zadzwoń|ara(?:yın|yınız)?|numaramız)(?!\p{L})|電話|携帯|でんわ|代表番号|フリーダイヤル|ナビダイヤル|电话|手机|手機|热线|熱線|客服|전화|휴대폰|핸드폰|연락처|고객센터|콜센터|대표번호|اتصل|تواصل|هاتف|جوال|موبايل|واتساب|واتس)[^\d\n]{0,20}$/iu;

/** A trunk prefix, brackets, or a phone word just before: worth reading in every marketplace's format. */
function looksLikePhone(text: string, start: number, window: string): boolean {
  return /^[+(0]/.test(window) || PHONE_WORD_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * Whether the digits at `start`..`end` are something else than a phone number. The answer depends only on
 * the text from VETO_REACH units before them to UNIT_REACH after, so it is cached by that window: the
 * label patterns are tried at every position before the digits, and a draft linted on every keystroke
 * sends the same windows again.
 */
function vetoed(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - VETO_REACH);
  const window = text.slice(from, end + UNIT_REACH);
  return VETOED.get(`${start - from},${end - from},${window}`, () => vetoedIn(window, start - from, end - from));
}

const VETO_REACH = 60;
const UNIT_REACH = 8;
const VETOED = new BoundedCache<boolean>(1024);

function vetoedIn(text: string, start: number, end: number): boolean {
  const digits = text.slice(start, end);
  if (ORDER_ID.test(text.slice(Math.max(0, start - 4), end + 4))) return true;
  if (DATE_LIKE.test(digits.trim()) || NOT_PHONE_SHAPE.test(digits.trim()) || isEan13(digits)) return true;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 24), start);
  if (CURRENCY_BEFORE.test(before)) return true;
  // "Tel.-Nr.: 089 …" is a phone number even though "Nr." alone would say otherwise.
  const labelled = NOT_PHONE_BEFORE().test(before) || (!/^[+(]/.test(digits) && labelledAFewWordsBefore(text, lineStart, start));
  if (labelled && !PHONE_WORD_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return true;
  return UNIT_AFTER.test(text.slice(end, end + UNIT_REACH));
}

/**
 * Whether a digit run could be one phone number: 7 to 17 digits in at most 6 groups, no more than two of
 * them a single digit. Separator soup such as "(1)(1)(1)…" fails here instead of in the library.
 */
function phoneShaped(window: string): boolean {
  const digits = digitCount(window);
  if (digits < 7 || digits > 17) return false;
  const groups = window.match(/\d+/g)!;
  return groups.length <= 6 && groups.filter((g) => g.length === 1).length <= 2;
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
