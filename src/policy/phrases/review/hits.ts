import { compileCatalogs, matchConcepts, type CatalogSet, type ConceptHit } from "../../../detect/phrases.js";
import type { FieldText } from "../../../text/field.js";
import { REVIEW_CATALOGS } from "./index.js";
import type { ReviewConcept } from "./types.js";

/** Concepts without which no review request is possible: the cheap pre-test of every catalog. */
const ANCHORS: ReviewConcept[] = ["review", "topStars", "lowStars", "contactFirst", "beforeReview"];

let compiled: CatalogSet<ReviewConcept> | undefined;

/**
 * The review concepts of each sentence of `field` (null when no catalog's anchor occurs). Computed
 * once per field and lint, and shared by every rule that reads review language.
 */
export function reviewHits(field: FieldText): ConceptHit<ReviewConcept>[][] | null {
  compiled ??= compileCatalogs(REVIEW_CATALOGS, ANCHORS);
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
    "(?:lütfen|rica|bırak|paylaş|verin|minnettar|memnun oluruz)",
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

/**
 * Whether `field` asks for a review, feedback or star rating: a sentence names one and asks for
 * something. Thanks for a review already written are not a request.
 */
export function asksForReview(field: FieldText): boolean {
  const hits = reviewHits(field);
  if (!hits) return false;
  const { text } = field.normalized;
  return field.sentences.some((sentence, i) => {
    const here = hits[i]!;
    if (!here.some((h) => h.concept === "review" || h.concept === "topStars")) return false;
    return REQUEST_CUE.test(text.slice(sentence.start, sentence.end)) && !THANKS_FOR_REVIEW.test(text.slice(sentence.start, sentence.end));
  });
}

/** "Thank you for your kind review": a review already written. */
const THANKS_FOR_REVIEW = /\bthanks?(?: you)?(?: so much| very much)? for (?:your|the)(?: \p{L}+)? (?:review|feedback|rating)/iu;
