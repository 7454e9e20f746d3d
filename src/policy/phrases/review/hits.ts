import { compileCatalog, matchConcepts, type CompiledCatalog, type ConceptHit } from "../../../detect/phrases.js";
import type { FieldText } from "../../../text/field.js";
import { reviewCatalogs } from "./index.js";
import type { ReviewConcept } from "./types.js";

/** Concepts without which no review request is possible: the cheap pre-test of every catalog. */
const ANCHORS: ReviewConcept[] = ["review", "topStars", "lowStars", "contactFirst", "beforeReview"];

let compiled: CompiledCatalog<ReviewConcept>[] | undefined;

/**
 * The review concepts of each sentence of `field` (null when no catalog's anchor occurs). Computed
 * once per field and lint, and shared by every rule that reads review language.
 */
export function reviewHits(field: FieldText): ConceptHit<ReviewConcept>[][] | null {
  return field.memo("review-hits", () => {
    compiled ??= reviewCatalogs().map((c) => compileCatalog(c, ANCHORS));
    return matchConcepts(field.normalized.text, field.sentences, compiled);
  });
}

/**
 * Words that make a sentence ask for something, in the catalogs' languages. A sentence that names a
 * review without one of them reports or thanks ("we will review your request", "thanks for your
 * feedback about the zipper") rather than asks.
 */
const REQUEST_CUE = new RegExp(
  [
    "\\b(?:please|would|could|can you|kindly|appreciate|welcome|love to hear|leave|write|share|post|rate|let (?:us|others) know)\\b",
    "\\b(?:bitte|würden|könnten|freuen|hinterlassen|teilen)\\b", "\\b(?:merci de|pourriez|n'hésitez|laisser|partager)\\b",
    "\\b(?:por favor|podría|le agradecer|deje|dejar|compartir)\\b", "\\b(?:per favore|potrebbe|lasciare|condividere|scriva)\\b",
    "\\b(?:por favor|poderia|deixe|deixar|compartilhe|partilhe)\\b", "\\b(?:alstublieft|graag|zou u|laat)\\b",
    "\\b(?:gärna|vänligen|skulle du|lämna)\\b", "\\b(?:prosimy|proszę|zostaw|podziel)", "(?:lütfen|rica|bırak|paylaş)",
    "(?:يرجى|نرجو|الرجاء|شاركنا|اترك)",
    "(?:お願い|いただけ|ください|下さい|頂け|お寄せ|ご投稿|お聞かせ)", "(?:请|欢迎|希望您|麻烦|留下|分享|請|歡迎)",
    "(?:부탁|주세요|주시면|남겨|공유)",
  ].join("|"),
  "iu",
);

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
