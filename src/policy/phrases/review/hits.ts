import { compileCatalog, matchConcepts, type CompiledCatalog, type ConceptHit } from "../../../detect/phrases.js";
import type { FieldText } from "../../../text/field.js";
import { REVIEW_CATALOGS } from "./index.js";
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
    compiled ??= REVIEW_CATALOGS.map((c) => compileCatalog(c, ANCHORS));
    return matchConcepts(field.normalized.text, field.sentences, compiled);
  });
}

/** Whether `field` talks about a review, feedback or star rating the buyer would give. */
export function mentionsReview(field: FieldText): boolean {
  const hits = reviewHits(field);
  return !!hits && hits.some((sentence) => sentence.some((h) => h.concept === "review" || h.concept === "topStars"));
}
