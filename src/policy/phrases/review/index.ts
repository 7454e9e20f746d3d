import { en } from "./en.js";
import type { ReviewCatalog } from "./types.js";

/** Every review-manipulation catalog; a rule compiles them once, on first use. */
export const REVIEW_CATALOGS: readonly ReviewCatalog[] = [en];

export type { ReviewCatalog, ReviewConcept, ReviewFinding } from "./types.js";
