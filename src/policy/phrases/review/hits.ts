import { compileCatalogs, matchConcepts, type CatalogSet, type ConceptHit, type SentenceConcepts } from "../../../detect/phrases.js";
import type { FieldText } from "../../../text/field.js";
import type { Span } from "../../../text/mask.js";
import { reviewCatalogs } from "./index.js";
import type { ReviewConcept } from "./types.js";

/** Concepts without which no review request is possible: the cheap pre-test of every catalog. */
const ANCHORS: ReviewConcept[] = ["review", "topStars", "lowStars", "contactFirst", "beforeReview"];

let compiled: CatalogSet<ReviewConcept> | undefined;

/**
 * The review concepts of each sentence of `field` (null when no catalog's anchor occurs). Computed
 * once per field and lint, sentence by sentence as asked, and shared by every rule that reads review
 * language. Every review request names a review or stars (anchors), so only `anchored()` sentences
 * can hold one.
 */
export function reviewHits(field: FieldText): SentenceConcepts<ReviewConcept> | null {
  compiled ??= compileCatalogs(reviewCatalogs(), ANCHORS);
  return matchConcepts(field, compiled);
}

/**
 * Words that make a sentence ask for something, in the catalogs' languages. A sentence that names a
 * review without one of them reports or thanks ("we will review your request", "thanks for your
 * feedback about the zipper") rather than asks.
 */
const REQUEST_CUE = new RegExp(
  [
    "\\b(?:please|would|could|can you|kindly|appreciate|welcome|love to hear|leave|write|share|post|rate|give|award|grateful|thankful|let (?:us|others) know)\\b",
    "\\b(?:bitte|würden|könnten|freuen|hinterlassen|teilen|gib|geben Sie|dankbar)\\b",
    "\\b(?:merci de|pourriez|n'hésitez|laisser|partager|donnez|donner|reconnaissants?|ravis)\\b",
    "\\b(?:por favor|podría|le agradecer|deje|dejar|compartir|denos|dar|agradecid[oa]s?|encantaría)(?![\\p{L}])",
    "\\b(?:per favore|potrebbe|lasciare|condividere|scriva|dai|dare|grati|ci farebbe piacere)\\b",
    "\\b(?:por favor|poderia|deixe|deixar|compartilhe|partilhe|dê|grat[oa]s?)(?![\\p{L}])", "\\b(?:alstublieft|graag|zou u|zouden|laat|geef|geven|blij|dankbaar)\\b",
    "\\b(?:gärna|vänligen|skulle|lämna|ge oss|tacksamma?)(?![\\p{L}])", "(?<![\\p{L}])(?:prosimy|proszę|zostaw|podziel|daj|dać|wdzięczn\\p{L}*|będziemy)",
    "(?:lütfen|rica|bırak|paylaş|verin|minnettar|memnun oluruz|bekliyoruz|verir misiniz|verirseniz)",
    // Colloquial imperatives with clitics and wishes: "drop us 5 stars", "lasciaci 5 stelline",
    // "deixa 5 estrelinhas pra gente", "un petit 5 étoiles nous ferait plaisir".
    "(?<![\\p{L}])(?:drop|hit us with|toss us|ferait (?:\\p{L}+ )?plaisir|n['’]oubliez pas|nous aiderait|lasciaci|lasciateci|dacci|mettici|regalaci|regál[ae]nos|nos regala|déj[ae]nos|danos|deixa|dá|manda|coloca|pra gente)(?![\\p{L}])",
    "(?:يرجى|نرجو|الرجاء|شاركنا|اترك|امنحنا|منحتنا|ممتن|أعط)",
    "(?:お願い|いただけ|ください|下さい|頂け|お寄せ|ご投稿|お聞かせ|つけて|付けて)", "(?:请|欢迎|希望您|麻烦|留下|分享|請|歡迎|麻煩|给|給)",
    "(?:부탁|주세요|주시면|남겨|공유|줘)",
  ].join("|"),
  "iu",
);

/** Whether a sentence asks for something ("please", "would", "お願い", "请", "부탁" …). */
export const asksSomething = (sentence: string): boolean => REQUEST_CUE.test(sentence);

/** Amazon by name, in the catalogs' scripts: stars "on Amazon" are a rating, not a product name. */
const AMAZON = /amazon|アマゾン|亚马逊|亞馬遜|아마존|أمازون/iu;
export const namesAmazon = (sentence: string): boolean => AMAZON.test(sentence);

/** How far (in units) thanks may stand from the review or stars they are for. */
const THANKS_REACH = 24;

/** Punctuation that ends a clause: thanks before it are for something else ("Thanks for your order, a 5-star review …"). */
const CLAUSE_BREAK = /[,;:–—、，；：]/u;
/** Thanks examined per sentence: a real sentence has one or two; hostile text could have thousands. */
const MAX_THANKS = 8;

/**
 * Whether a sentence of `text` thanks for a review already written ("thank you for your 5-star
 * review", "レビューをいただきありがとうございました"): a `thanked` hit next to a review or star
 * count, with no clause break between them.
 */
export function thanksForReview(text: string, here: readonly ConceptHit<ReviewConcept>[]): boolean {
  const thanks = here.filter((h) => h.concept === "thanked").slice(0, MAX_THANKS);
  if (thanks.length === 0) return false;
  const reviews = here.filter((h) => h.concept === "review" || h.concept === "topStars");
  return thanks.some((t) => reviews.some((r) => {
    // The stretch between the two (empty when they overlap).
    const from = Math.min(t.end, r.end);
    const to = Math.max(t.start, r.start);
    return to - from <= THANKS_REACH && !CLAUSE_BREAK.test(text.slice(from, to));
  }));
}

/**
 * Whether some span of `a` lies within `reach` units of some span of `b`, on either side. A sentence
 * of hostile text can hold thousands of hits, so this sorts once and searches, never tries all pairs.
 */
export function withinReach(a: readonly Span[], b: readonly Span[], reach: number): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const sorted = [...b].sort((x, y) => x.start - y.start);
  // furthest[i]: the furthest end among sorted[0..i].
  const furthest: number[] = [];
  for (const s of sorted) furthest.push(Math.max(s.end, furthest[furthest.length - 1] ?? -Infinity));
  return a.some((x) => {
    // The last span of b that starts no later than reach after x ends; any earlier one that ends
    // no sooner than reach before x starts is near.
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= x.end + reach) { last = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return last >= 0 && furthest[last]! >= x.start - reach;
  });
}

/**
 * Whether `sentence` of `text` asks for something besides its thanks: the thanks themselves are
 * blanked first, as some share words with requests ("留下", "남겨").
 */
export function asksBesidesThanks(text: string, sentence: Span, here: readonly ConceptHit<ReviewConcept>[]): boolean {
  const thanks = here.filter((h) => h.concept === "thanked").sort((a, b) => a.start - b.start);
  // Built in one pass: hostile text may hold thousands of thanks in one sentence.
  const parts: string[] = [];
  let at = sentence.start;
  for (const h of thanks) {
    if (h.end <= at) continue;
    const from = Math.max(h.start, at);
    parts.push(text.slice(at, from), " ".repeat(h.end - from));
    at = h.end;
  }
  parts.push(text.slice(at, sentence.end));
  return REQUEST_CUE.test(parts.join(""));
}

/**
 * Whether `field` asks for a review, feedback or star rating: a sentence names one and asks for
 * something. Thanks for a review already written are not a request.
 */
export function asksForReview(field: FieldText): boolean {
  const hits = reviewHits(field);
  if (!hits) return false;
  const { text } = field.normalized;
  return hits.anchored().some((i) => {
    const sentence = field.sentences[i]!;
    const here = hits.in(i);
    if (!here.some((h) => h.concept === "review" || h.concept === "topStars")) return false;
    return thanksForReview(text, here) ? asksBesidesThanks(text, sentence, here) : REQUEST_CUE.test(text.slice(sentence.start, sentence.end));
  });
}
